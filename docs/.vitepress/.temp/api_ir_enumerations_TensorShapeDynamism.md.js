import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Enumeration: TensorShapeDynamism","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/enumerations/TensorShapeDynamism.md","filePath":"api/ir/enumerations/TensorShapeDynamism.md"}');
const _sfc_main = { name: "api/ir/enumerations/TensorShapeDynamism.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / TensorShapeDynamism</p><h1 id="enumeration-tensorshapedynamism" tabindex="-1">Enumeration: TensorShapeDynamism <a class="header-anchor" href="#enumeration-tensorshapedynamism" aria-label="Permalink to &quot;Enumeration: TensorShapeDynamism&quot;">​</a></h1><p>Defined in: packages/ir/src/generated/executorch-flatbuffer/tensor-shape-dynamism.ts:3</p><h2 id="enumeration-members" tabindex="-1">Enumeration Members <a class="header-anchor" href="#enumeration-members" aria-label="Permalink to &quot;Enumeration Members&quot;">​</a></h2><h3 id="dynamic-bound" tabindex="-1">DYNAMIC_BOUND <a class="header-anchor" href="#dynamic-bound" aria-label="Permalink to &quot;DYNAMIC\\_BOUND&quot;">​</a></h3><blockquote><p><strong>DYNAMIC_BOUND</strong>: <code>1</code></p></blockquote><p>Defined in: packages/ir/src/generated/executorch-flatbuffer/tensor-shape-dynamism.ts:5</p><hr><h3 id="dynamic-unbound" tabindex="-1">DYNAMIC_UNBOUND <a class="header-anchor" href="#dynamic-unbound" aria-label="Permalink to &quot;DYNAMIC\\_UNBOUND&quot;">​</a></h3><blockquote><p><strong>DYNAMIC_UNBOUND</strong>: <code>2</code></p></blockquote><p>Defined in: packages/ir/src/generated/executorch-flatbuffer/tensor-shape-dynamism.ts:6</p><hr><h3 id="static" tabindex="-1">STATIC <a class="header-anchor" href="#static" aria-label="Permalink to &quot;STATIC&quot;">​</a></h3><blockquote><p><strong>STATIC</strong>: <code>0</code></p></blockquote><p>Defined in: packages/ir/src/generated/executorch-flatbuffer/tensor-shape-dynamism.ts:4</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/enumerations/TensorShapeDynamism.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TensorShapeDynamism = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TensorShapeDynamism as default
};
