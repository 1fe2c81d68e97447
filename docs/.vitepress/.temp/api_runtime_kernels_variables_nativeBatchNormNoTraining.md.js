import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: nativeBatchNormNoTraining","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/nativeBatchNormNoTraining.md","filePath":"api/runtime/kernels/variables/nativeBatchNormNoTraining.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/nativeBatchNormNoTraining.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / nativeBatchNormNoTraining</p><h1 id="variable-nativebatchnormnotraining" tabindex="-1">Variable: nativeBatchNormNoTraining <a class="header-anchor" href="#variable-nativebatchnormnotraining" aria-label="Permalink to &quot;Variable: nativeBatchNormNoTraining&quot;">​</a></h1><blockquote><p><code>const</code> <strong>nativeBatchNormNoTraining</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/native-batch-norm.ts:19</p><p><code>aten::_native_batch_norm_legit_no_training.out(Tensor input, Tensor? weight, Tensor? bias, Tensor running_mean, Tensor running_var, float momentum, float eps, *, Tensor(a!) out0, Tensor(b!) out1, Tensor(c!) out2)</code>: inference batch norm over dim 1; out1/out2 are left empty.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/nativeBatchNormNoTraining.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const nativeBatchNormNoTraining = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  nativeBatchNormNoTraining as default
};
