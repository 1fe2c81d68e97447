import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Enumeration: TensorDataLocation","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/enumerations/TensorDataLocation.md","filePath":"api/ir/enumerations/TensorDataLocation.md"}');
const _sfc_main = { name: "api/ir/enumerations/TensorDataLocation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / TensorDataLocation</p><h1 id="enumeration-tensordatalocation" tabindex="-1">Enumeration: TensorDataLocation <a class="header-anchor" href="#enumeration-tensordatalocation" aria-label="Permalink to &quot;Enumeration: TensorDataLocation&quot;">​</a></h1><p>Defined in: packages/ir/src/generated/executorch-flatbuffer/tensor-data-location.ts:3</p><h2 id="enumeration-members" tabindex="-1">Enumeration Members <a class="header-anchor" href="#enumeration-members" aria-label="Permalink to &quot;Enumeration Members&quot;">​</a></h2><h3 id="external" tabindex="-1">EXTERNAL <a class="header-anchor" href="#external" aria-label="Permalink to &quot;EXTERNAL&quot;">​</a></h3><blockquote><p><strong>EXTERNAL</strong>: <code>1</code></p></blockquote><p>Defined in: packages/ir/src/generated/executorch-flatbuffer/tensor-data-location.ts:5</p><hr><h3 id="segment" tabindex="-1">SEGMENT <a class="header-anchor" href="#segment" aria-label="Permalink to &quot;SEGMENT&quot;">​</a></h3><blockquote><p><strong>SEGMENT</strong>: <code>0</code></p></blockquote><p>Defined in: packages/ir/src/generated/executorch-flatbuffer/tensor-data-location.ts:4</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/enumerations/TensorDataLocation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TensorDataLocation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TensorDataLocation as default
};
