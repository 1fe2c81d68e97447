import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: indexTensor","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/indexTensor.md","filePath":"api/runtime/kernels/variables/indexTensor.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/indexTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / indexTensor</p><h1 id="variable-indextensor" tabindex="-1">Variable: indexTensor <a class="header-anchor" href="#variable-indextensor" aria-label="Permalink to &quot;Variable: indexTensor&quot;">​</a></h1><blockquote><p><code>const</code> <strong>indexTensor</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/index-tensor.ts:13</p><p><code>aten::index.Tensor_out(Tensor self, Tensor?[] indices, *, Tensor(a!) out)</code>: advanced indexing.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/indexTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const indexTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  indexTensor as default
};
