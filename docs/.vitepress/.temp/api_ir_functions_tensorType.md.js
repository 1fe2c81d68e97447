import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: tensorType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/tensorType.md","filePath":"api/ir/functions/tensorType.md"}');
const _sfc_main = { name: "api/ir/functions/tensorType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / tensorType</p><h1 id="function-tensortype" tabindex="-1">Function: tensorType() <a class="header-anchor" href="#function-tensortype" aria-label="Permalink to &quot;Function: tensorType()&quot;">​</a></h1><blockquote><p><strong>tensorType</strong>(<code>dtype</code>, <code>shape</code>, <code>dynamism?</code>): <a href="./../interfaces/TensorType.html"><code>TensorType</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:525</p><p>Builds a contiguous tensor type.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="dtype" tabindex="-1">dtype <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype&quot;">​</a></h3><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h3 id="dynamism" tabindex="-1">dynamism? <a class="header-anchor" href="#dynamism" aria-label="Permalink to &quot;dynamism?&quot;">​</a></h3><p><a href="./../enumerations/TensorShapeDynamism.html"><code>TensorShapeDynamism</code></a> = <code>TensorShapeDynamism.STATIC</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/TensorType.html"><code>TensorType</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/tensorType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tensorType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tensorType as default
};
