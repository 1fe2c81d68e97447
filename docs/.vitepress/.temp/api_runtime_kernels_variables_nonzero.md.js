import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: nonzero","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/nonzero.md","filePath":"api/runtime/kernels/variables/nonzero.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/nonzero.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / nonzero</p><h1 id="variable-nonzero" tabindex="-1">Variable: nonzero <a class="header-anchor" href="#variable-nonzero" aria-label="Permalink to &quot;Variable: nonzero&quot;">​</a></h1><blockquote><p><code>const</code> <strong>nonzero</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/nonzero.ts:16</p><p><code>aten::nonzero.out(Tensor self, *, Tensor(a!) out)</code>: the coordinates of the non-zero elements, in row-major order, as an int64 <code>[count, rank]</code> tensor (a dynamic-bound output). Like ExecuTorch&#39;s portable kernel, the coordinates are written to the output&#39;s storage in row-major order whatever dim order the program declares for it (torch.export declares <code>[1, 0]</code>), so the results read back the same way.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/nonzero.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const nonzero = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  nonzero as default
};
