import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: neTensor","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/neTensor.md","filePath":"api/runtime/kernels/variables/neTensor.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/neTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / neTensor</p><h1 id="variable-netensor" tabindex="-1">Variable: neTensor <a class="header-anchor" href="#variable-netensor" aria-label="Permalink to &quot;Variable: neTensor&quot;">​</a></h1><blockquote><p><code>const</code> <strong>neTensor</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/ne.ts:9</p><p><code>aten::ne.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/neTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const neTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  neTensor as default
};
