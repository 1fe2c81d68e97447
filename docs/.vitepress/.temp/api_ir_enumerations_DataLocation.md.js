import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Enumeration: DataLocation","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/enumerations/DataLocation.md","filePath":"api/ir/enumerations/DataLocation.md"}');
const _sfc_main = { name: "api/ir/enumerations/DataLocation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / DataLocation</p><h1 id="enumeration-datalocation" tabindex="-1">Enumeration: DataLocation <a class="header-anchor" href="#enumeration-datalocation" aria-label="Permalink to &quot;Enumeration: DataLocation&quot;">​</a></h1><p>Defined in: packages/ir/src/generated/executorch-flatbuffer/data-location.ts:3</p><h2 id="enumeration-members" tabindex="-1">Enumeration Members <a class="header-anchor" href="#enumeration-members" aria-label="Permalink to &quot;Enumeration Members&quot;">​</a></h2><h3 id="inline" tabindex="-1">INLINE <a class="header-anchor" href="#inline" aria-label="Permalink to &quot;INLINE&quot;">​</a></h3><blockquote><p><strong>INLINE</strong>: <code>0</code></p></blockquote><p>Defined in: packages/ir/src/generated/executorch-flatbuffer/data-location.ts:4</p><hr><h3 id="segment" tabindex="-1">SEGMENT <a class="header-anchor" href="#segment" aria-label="Permalink to &quot;SEGMENT&quot;">​</a></h3><blockquote><p><strong>SEGMENT</strong>: <code>1</code></p></blockquote><p>Defined in: packages/ir/src/generated/executorch-flatbuffer/data-location.ts:5</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/enumerations/DataLocation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DataLocation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DataLocation as default
};
