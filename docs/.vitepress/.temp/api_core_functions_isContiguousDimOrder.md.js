import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isContiguousDimOrder()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/isContiguousDimOrder.md","filePath":"api/core/functions/isContiguousDimOrder.md"}');
const _sfc_main = { name: "api/core/functions/isContiguousDimOrder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / isContiguousDimOrder</p><h1 id="function-iscontiguousdimorder" tabindex="-1">Function: isContiguousDimOrder() <a class="header-anchor" href="#function-iscontiguousdimorder" aria-label="Permalink to &quot;Function: isContiguousDimOrder()&quot;">​</a></h1><blockquote><p><strong>isContiguousDimOrder</strong>(<code>dimOrder</code>): <code>boolean</code></p></blockquote><p>Defined in: packages/core/src/dim-order.ts:27</p><p>True when <code>dimOrder</code> is <code>[0, 1, ..., n-1]</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="dimorder" tabindex="-1">dimOrder <a class="header-anchor" href="#dimorder" aria-label="Permalink to &quot;dimOrder&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/isContiguousDimOrder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isContiguousDimOrder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isContiguousDimOrder as default
};
