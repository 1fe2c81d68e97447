import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: leakyRelu","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/leakyRelu.md","filePath":"api/runtime/kernels/variables/leakyRelu.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/leakyRelu.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / leakyRelu</p><h1 id="variable-leakyrelu" tabindex="-1">Variable: leakyRelu <a class="header-anchor" href="#variable-leakyrelu" aria-label="Permalink to &quot;Variable: leakyRelu&quot;">​</a></h1><blockquote><p><code>const</code> <strong>leakyRelu</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/leaky-relu.ts:14</p><p><code>aten::leaky_relu.out(Tensor self, Scalar negative_slope=0.01, *, Tensor(a!) out)</code>. As in ExecuTorch the slope is first cast to the tensor&#39;s dtype (float32: <code>x * fround(slope)</code>, rounded once), and <code>out</code> must have <code>self</code>&#39;s dtype.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/leakyRelu.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const leakyRelu = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  leakyRelu as default
};
