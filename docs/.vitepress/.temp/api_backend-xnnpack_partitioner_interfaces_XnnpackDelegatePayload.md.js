import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: XnnpackDelegatePayload","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/interfaces/XnnpackDelegatePayload.md","filePath":"api/backend-xnnpack/partitioner/interfaces/XnnpackDelegatePayload.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/interfaces/XnnpackDelegatePayload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / XnnpackDelegatePayload</p><h1 id="interface-xnnpackdelegatepayload" tabindex="-1">Interface: XnnpackDelegatePayload <a class="header-anchor" href="#interface-xnnpackdelegatepayload" aria-label="Permalink to &quot;Interface: XnnpackDelegatePayload&quot;">​</a></h1><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:24</p><p>One XNNPACK delegate of a program: its payload and the program&#39;s named data (its weights).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="nameddata" tabindex="-1">namedData <a class="header-anchor" href="#nameddata" aria-label="Permalink to &quot;namedData&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>namedData</strong>: <a href="./../../../core/interfaces/NamedDataMap.html"><code>NamedDataMap</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:26</p><hr><h3 id="processed" tabindex="-1">processed <a class="header-anchor" href="#processed" aria-label="Permalink to &quot;processed&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>processed</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:25</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/interfaces/XnnpackDelegatePayload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XnnpackDelegatePayload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XnnpackDelegatePayload as default
};
