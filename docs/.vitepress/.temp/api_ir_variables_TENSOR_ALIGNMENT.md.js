import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: TENSOR_ALIGNMENT","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/variables/TENSOR_ALIGNMENT.md","filePath":"api/ir/variables/TENSOR_ALIGNMENT.md"}');
const _sfc_main = { name: "api/ir/variables/TENSOR_ALIGNMENT.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / TENSOR_ALIGNMENT</p><h1 id="variable-tensor-alignment" tabindex="-1">Variable: TENSOR_ALIGNMENT <a class="header-anchor" href="#variable-tensor-alignment" aria-label="Permalink to &quot;Variable: TENSOR\\_ALIGNMENT&quot;">​</a></h1><blockquote><p><code>const</code> <strong>TENSOR_ALIGNMENT</strong>: <code>16</code> = <code>16</code></p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:18</p><p>Alignment of constant tensors in the constant segment and of planned tensors (ExecuTorch&#39;s 16).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/variables/TENSOR_ALIGNMENT.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TENSOR_ALIGNMENT = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TENSOR_ALIGNMENT as default
};
