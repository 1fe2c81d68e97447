import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: xnnpackPayloadsOf()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/xnnpackPayloadsOf.md","filePath":"api/backend-xnnpack/partitioner/functions/xnnpackPayloadsOf.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/xnnpackPayloadsOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / xnnpackPayloadsOf</p><h1 id="function-xnnpackpayloadsof" tabindex="-1">Function: xnnpackPayloadsOf() <a class="header-anchor" href="#function-xnnpackpayloadsof" aria-label="Permalink to &quot;Function: xnnpackPayloadsOf()&quot;">​</a></h1><blockquote><p><strong>xnnpackPayloadsOf</strong>(<code>programs</code>): <a href="./../interfaces/XnnpackDelegatePayload.html"><code>XnnpackDelegatePayload</code></a>[]</p></blockquote><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:30</p><p>The XNNPACK delegates of programs (<code>.pte</code> bytes), each with its program&#39;s named data.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="programs" tabindex="-1">programs <a class="header-anchor" href="#programs" aria-label="Permalink to &quot;programs&quot;">​</a></h3><p>readonly <code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/XnnpackDelegatePayload.html"><code>XnnpackDelegatePayload</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/xnnpackPayloadsOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const xnnpackPayloadsOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  xnnpackPayloadsOf as default
};
