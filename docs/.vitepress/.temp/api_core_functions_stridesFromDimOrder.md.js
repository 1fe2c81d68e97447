import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: stridesFromDimOrder()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/stridesFromDimOrder.md","filePath":"api/core/functions/stridesFromDimOrder.md"}');
const _sfc_main = { name: "api/core/functions/stridesFromDimOrder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / stridesFromDimOrder</p><h1 id="function-stridesfromdimorder" tabindex="-1">Function: stridesFromDimOrder() <a class="header-anchor" href="#function-stridesfromdimorder" aria-label="Permalink to &quot;Function: stridesFromDimOrder()&quot;">​</a></h1><blockquote><p><strong>stridesFromDimOrder</strong>(<code>sizes</code>, <code>dimOrder</code>): <code>number</code>[]</p></blockquote><p>Defined in: packages/core/src/dim-order.ts:37</p><p>Element strides derived from sizes and dim order, as ExecuTorch derives them: the innermost dimension of the dim order has stride 1, walking outward multiplies by sizes (a size of 0 counts as 1 so strides stay meaningful).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="sizes" tabindex="-1">sizes <a class="header-anchor" href="#sizes" aria-label="Permalink to &quot;sizes&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h3 id="dimorder" tabindex="-1">dimOrder <a class="header-anchor" href="#dimorder" aria-label="Permalink to &quot;dimOrder&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/stridesFromDimOrder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const stridesFromDimOrder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  stridesFromDimOrder as default
};
