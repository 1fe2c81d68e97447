import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: FLAT_TENSOR_IDENTIFIER","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/variables/FLAT_TENSOR_IDENTIFIER.md","filePath":"api/ir/variables/FLAT_TENSOR_IDENTIFIER.md"}');
const _sfc_main = { name: "api/ir/variables/FLAT_TENSOR_IDENTIFIER.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / FLAT_TENSOR_IDENTIFIER</p><h1 id="variable-flat-tensor-identifier" tabindex="-1">Variable: FLAT_TENSOR_IDENTIFIER <a class="header-anchor" href="#variable-flat-tensor-identifier" aria-label="Permalink to &quot;Variable: FLAT\\_TENSOR\\_IDENTIFIER&quot;">​</a></h1><blockquote><p><code>const</code> <strong>FLAT_TENSOR_IDENTIFIER</strong>: <code>&quot;FT01&quot;</code> = <code>&#39;FT01&#39;</code></p></blockquote><p>Defined in: packages/ir/src/flat-tensor.ts:18</p><p>The file identifier of <code>.ptd</code> tensor data files.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/variables/FLAT_TENSOR_IDENTIFIER.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FLAT_TENSOR_IDENTIFIER = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FLAT_TENSOR_IDENTIFIER as default
};
