import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: canCast()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/canCast.md","filePath":"api/backend-utils/functions/canCast.md"}');
const _sfc_main = { name: "api/backend-utils/functions/canCast.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / canCast</p><h1 id="function-cancast" tabindex="-1">Function: canCast() <a class="header-anchor" href="#function-cancast" aria-label="Permalink to &quot;Function: canCast()&quot;">​</a></h1><blockquote><p><strong>canCast</strong>(<code>from</code>, <code>to</code>): <code>boolean</code></p></blockquote><p>Defined in: packages/backend-utils/src/dtype-promotion.ts:102</p><p>PyTorch&#39;s <code>torch.can_cast</code>: no floating to integral, no non-bool to bool.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="from" tabindex="-1">from <a class="header-anchor" href="#from" aria-label="Permalink to &quot;from&quot;">​</a></h3><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p><h3 id="to" tabindex="-1">to <a class="header-anchor" href="#to" aria-label="Permalink to &quot;to&quot;">​</a></h3><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/canCast.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const canCast = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  canCast as default
};
