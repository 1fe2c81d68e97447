import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: nativeGroupNorm","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/nativeGroupNorm.md","filePath":"api/runtime/kernels/variables/nativeGroupNorm.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/nativeGroupNorm.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / nativeGroupNorm</p><h1 id="variable-nativegroupnorm" tabindex="-1">Variable: nativeGroupNorm <a class="header-anchor" href="#variable-nativegroupnorm" aria-label="Permalink to &quot;Variable: nativeGroupNorm&quot;">​</a></h1><blockquote><p><code>const</code> <strong>nativeGroupNorm</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/native-group-norm.ts:16</p><p><code>aten::native_group_norm.out(Tensor input, Tensor? weight, Tensor? bias, SymInt N, SymInt C, SymInt HxW, int group, float eps, *, Tensor(a!) out0, Tensor(b!) out1, Tensor(c!) out2)</code>: normalizes each of the <code>group</code> channel groups of every sample by its mean and (biased) variance, then applies the per-channel affine; out1/out2 receive the <code>[N, group]</code> means and reciprocal stds.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/nativeGroupNorm.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const nativeGroupNorm = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  nativeGroupNorm as default
};
