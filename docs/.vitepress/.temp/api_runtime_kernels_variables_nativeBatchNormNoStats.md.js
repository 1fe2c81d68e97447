import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: nativeBatchNormNoStats","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/nativeBatchNormNoStats.md","filePath":"api/runtime/kernels/variables/nativeBatchNormNoStats.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/nativeBatchNormNoStats.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / nativeBatchNormNoStats</p><h1 id="variable-nativebatchnormnostats" tabindex="-1">Variable: nativeBatchNormNoStats <a class="header-anchor" href="#variable-nativebatchnormnostats" aria-label="Permalink to &quot;Variable: nativeBatchNormNoStats&quot;">​</a></h1><blockquote><p><code>const</code> <strong>nativeBatchNormNoStats</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/native-batch-norm-no-stats.ts:17</p><p><code>aten::_native_batch_norm_legit.no_stats_out(Tensor input, Tensor? weight, Tensor? bias, bool training, float momentum, float eps, *, Tensor(a!) out, Tensor(b!) save_mean, Tensor(c!) save_invstd)</code>: batch norm over dim 1 with the batch&#39;s own statistics (biased variance), as <code>nn.InstanceNorm2d</code> and <code>F.batch_norm(training=True)</code> without running stats export; save_mean / save_invstd get the per-channel mean and 1/sqrt(var + eps).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/nativeBatchNormNoStats.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const nativeBatchNormNoStats = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  nativeBatchNormNoStats as default
};
