import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: toDimOrderCopy","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/toDimOrderCopy.md","filePath":"api/runtime/kernels/variables/toDimOrderCopy.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/toDimOrderCopy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / toDimOrderCopy</p><h1 id="variable-todimordercopy" tabindex="-1">Variable: toDimOrderCopy <a class="header-anchor" href="#variable-todimordercopy" aria-label="Permalink to &quot;Variable: toDimOrderCopy&quot;">​</a></h1><blockquote><p><code>const</code> <strong>toDimOrderCopy</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/to-dim-order-copy.ts:16</p><p><code>dim_order_ops::_to_dim_order_copy.out(Tensor self, *, bool non_blocking=False, int[]? dim_order=None, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/toDimOrderCopy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toDimOrderCopy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toDimOrderCopy as default
};
