import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: convolution","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/convolution.md","filePath":"api/runtime/kernels/variables/convolution.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/convolution.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / convolution</p><h1 id="variable-convolution" tabindex="-1">Variable: convolution <a class="header-anchor" href="#variable-convolution" aria-label="Permalink to &quot;Variable: convolution&quot;">​</a></h1><blockquote><p><code>const</code> <strong>convolution</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/convolution.ts:22</p><p><code>aten::convolution.out(Tensor input, Tensor weight, Tensor? bias, SymInt[] stride, SymInt[] padding, SymInt[] dilation, bool transposed, SymInt[] output_padding, SymInt groups, *, Tensor(a!) out)</code>. 1-D and 2-D, grouped (depthwise) and transposed; any dim order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/convolution.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const convolution = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  convolution as default
};
