import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: contiguousDimOrder()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/contiguousDimOrder.md","filePath":"api/core/functions/contiguousDimOrder.md"}');
const _sfc_main = { name: "api/core/functions/contiguousDimOrder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / contiguousDimOrder</p><h1 id="function-contiguousdimorder" tabindex="-1">Function: contiguousDimOrder() <a class="header-anchor" href="#function-contiguousdimorder" aria-label="Permalink to &quot;Function: contiguousDimOrder()&quot;">​</a></h1><blockquote><p><strong>contiguousDimOrder</strong>(<code>rank</code>): <code>number</code>[]</p></blockquote><p>Defined in: packages/core/src/dim-order.ts:7</p><p>The contiguous (row-major) dim order of a tensor of <code>rank</code> dimensions: <code>[0, 1, ..., rank-1]</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="rank" tabindex="-1">rank <a class="header-anchor" href="#rank" aria-label="Permalink to &quot;rank&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/contiguousDimOrder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const contiguousDimOrder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  contiguousDimOrder as default
};
