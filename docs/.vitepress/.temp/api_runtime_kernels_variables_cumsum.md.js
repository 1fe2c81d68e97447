import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: cumsum","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/cumsum.md","filePath":"api/runtime/kernels/variables/cumsum.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/cumsum.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / cumsum</p><h1 id="variable-cumsum" tabindex="-1">Variable: cumsum <a class="header-anchor" href="#variable-cumsum" aria-label="Permalink to &quot;Variable: cumsum&quot;">​</a></h1><blockquote><p><code>const</code> <strong>cumsum</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/cumsum.ts:17</p><p><code>aten::cumsum.out(Tensor self, int dim, *, ScalarType? dtype=None, Tensor(a!) out)</code>. As in ExecuTorch each element is first converted to the output dtype and the sums are taken in that dtype (int64 exactly, wrapping).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/cumsum.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cumsum = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cumsum as default
};
