import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: nodeTypeName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/functions/nodeTypeName.md","filePath":"api/backend-xnnpack/index/functions/nodeTypeName.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/functions/nodeTypeName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / nodeTypeName</p><h1 id="function-nodetypename" tabindex="-1">Function: nodeTypeName() <a class="header-anchor" href="#function-nodetypename" aria-label="Permalink to &quot;Function: nodeTypeName()&quot;">​</a></h1><blockquote><p><strong>nodeTypeName</strong>(<code>type</code>): <code>string</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph.ts:84</p><p>The name of a node type (<code>Add</code>), or <code>XNodeUnion(n)</code> for an unknown number.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/functions/nodeTypeName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const nodeTypeName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  nodeTypeName as default
};
