import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: cloneDimOrder","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/cloneDimOrder.md","filePath":"api/runtime/kernels/variables/cloneDimOrder.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/cloneDimOrder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / cloneDimOrder</p><h1 id="variable-clonedimorder" tabindex="-1">Variable: cloneDimOrder <a class="header-anchor" href="#variable-clonedimorder" aria-label="Permalink to &quot;Variable: cloneDimOrder&quot;">​</a></h1><blockquote><p><code>const</code> <strong>cloneDimOrder</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/clone-dim-order.ts:10</p><p><code>dim_order_ops::_clone_dim_order.out(Tensor self, *, bool non_blocking=False, int[]? dim_order=None, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/cloneDimOrder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cloneDimOrder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cloneDimOrder as default
};
