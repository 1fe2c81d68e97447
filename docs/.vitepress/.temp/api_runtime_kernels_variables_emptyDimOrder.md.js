import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: emptyDimOrder","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/emptyDimOrder.md","filePath":"api/runtime/kernels/variables/emptyDimOrder.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/emptyDimOrder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / emptyDimOrder</p><h1 id="variable-emptydimorder" tabindex="-1">Variable: emptyDimOrder <a class="header-anchor" href="#variable-emptydimorder" aria-label="Permalink to &quot;Variable: emptyDimOrder&quot;">​</a></h1><blockquote><p><code>const</code> <strong>emptyDimOrder</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/empty-dim-order.ts:13</p><p><code>dim_order_ops::_empty_dim_order.out(int[] size, *, int[]? dim_order=None, Tensor(a!) out)</code>: resizes <code>out</code> to <code>size</code>; its elements are unspecified (left as they are).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/emptyDimOrder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const emptyDimOrder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  emptyDimOrder as default
};
