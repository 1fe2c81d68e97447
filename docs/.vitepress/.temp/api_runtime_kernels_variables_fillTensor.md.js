import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: fillTensor","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/fillTensor.md","filePath":"api/runtime/kernels/variables/fillTensor.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/fillTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / fillTensor</p><h1 id="variable-filltensor" tabindex="-1">Variable: fillTensor <a class="header-anchor" href="#variable-filltensor" aria-label="Permalink to &quot;Variable: fillTensor&quot;">​</a></h1><blockquote><p><code>const</code> <strong>fillTensor</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/fill.ts:25</p><p><code>aten::fill.Tensor_out(Tensor self, Tensor value, *, Tensor(a!) out)</code> (value is 0-dim).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/fillTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fillTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fillTensor as default
};
