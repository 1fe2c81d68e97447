import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: nativeLayerNorm","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/nativeLayerNorm.md","filePath":"api/runtime/kernels/variables/nativeLayerNorm.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/nativeLayerNorm.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / nativeLayerNorm</p><h1 id="variable-nativelayernorm" tabindex="-1">Variable: nativeLayerNorm <a class="header-anchor" href="#variable-nativelayernorm" aria-label="Permalink to &quot;Variable: nativeLayerNorm&quot;">​</a></h1><blockquote><p><code>const</code> <strong>nativeLayerNorm</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/native-layer-norm.ts:234</p><p><code>aten::native_layer_norm.out(Tensor input, SymInt[] normalized_shape, Tensor? weight, Tensor? bias, float eps, *, Tensor(a!) out0, Tensor(b!) out1, Tensor(c!) out2)</code>: returns (out, mean, rstd).</p><p>Float rows, and double rows of at least BLOCKED_MIN_ROW values, follow ExecuTorch&#39;s CPU kernel operation by operation (see normaliseRow); other rows (half, bfloat16, short double rows) are computed in double precision and rounded once.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/nativeLayerNorm.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const nativeLayerNorm = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  nativeLayerNorm as default
};
