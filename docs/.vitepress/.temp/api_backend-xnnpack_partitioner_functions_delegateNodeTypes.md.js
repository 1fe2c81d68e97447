import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: delegateNodeTypes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/delegateNodeTypes.md","filePath":"api/backend-xnnpack/partitioner/functions/delegateNodeTypes.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/delegateNodeTypes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / delegateNodeTypes</p><h1 id="function-delegatenodetypes" tabindex="-1">Function: delegateNodeTypes() <a class="header-anchor" href="#function-delegatenodetypes" aria-label="Permalink to &quot;Function: delegateNodeTypes()&quot;">​</a></h1><blockquote><p><strong>delegateNodeTypes</strong>(<code>processed</code>): <code>string</code>[]</p></blockquote><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:44</p><p>The XNNPACK node types of a delegate payload, by name (<code>&#39;Conv2d&#39;</code>), sorted, each once.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="processed" tabindex="-1">processed <a class="header-anchor" href="#processed" aria-label="Permalink to &quot;processed&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/delegateNodeTypes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const delegateNodeTypes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  delegateNodeTypes as default
};
