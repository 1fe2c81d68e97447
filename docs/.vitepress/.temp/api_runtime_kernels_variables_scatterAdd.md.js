import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: scatterAdd","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/scatterAdd.md","filePath":"api/runtime/kernels/variables/scatterAdd.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/scatterAdd.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / scatterAdd</p><h1 id="variable-scatteradd" tabindex="-1">Variable: scatterAdd <a class="header-anchor" href="#variable-scatteradd" aria-label="Permalink to &quot;Variable: scatterAdd&quot;">​</a></h1><blockquote><p><code>const</code> <strong>scatterAdd</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/scatter-add.ts:17</p><p><code>aten::scatter_add.out(Tensor self, int dim, Tensor index, Tensor src, *, Tensor(a!) out)</code>: <code>self</code> with each <code>src</code> element added at its index along <code>dim</code>, in index order (duplicates accumulate; each sum is rounded to the dtype, as ExecuTorch&#39;s element-wise loop does). int64 adds are exact and wrap.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/scatterAdd.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const scatterAdd = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  scatterAdd as default
};
