import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: eqTensor","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/eqTensor.md","filePath":"api/runtime/kernels/variables/eqTensor.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/eqTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / eqTensor</p><h1 id="variable-eqtensor" tabindex="-1">Variable: eqTensor <a class="header-anchor" href="#variable-eqtensor" aria-label="Permalink to &quot;Variable: eqTensor&quot;">​</a></h1><blockquote><p><code>const</code> <strong>eqTensor</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/eq.ts:9</p><p><code>aten::eq.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/eqTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const eqTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  eqTensor as default
};
