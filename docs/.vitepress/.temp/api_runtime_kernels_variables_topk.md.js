import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: topk","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/topk.md","filePath":"api/runtime/kernels/variables/topk.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/topk.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / topk</p><h1 id="variable-topk" tabindex="-1">Variable: topk <a class="header-anchor" href="#variable-topk" aria-label="Permalink to &quot;Variable: topk&quot;">​</a></h1><blockquote><p><code>const</code> <strong>topk</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/topk.ts:17</p><p><code>aten::topk.values(Tensor self, SymInt k, int dim=-1, bool largest=True, bool sorted=True, *, Tensor(a!) values, Tensor(b!) indices)</code>: the k largest (or smallest) elements along <code>dim</code> and their indices, best first; NaN counts as larger than every number. Equal values keep their index order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/topk.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const topk = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  topk as default
};
