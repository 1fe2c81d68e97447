import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: promotionCategory()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/promotionCategory.md","filePath":"api/backend-utils/functions/promotionCategory.md"}');
const _sfc_main = { name: "api/backend-utils/functions/promotionCategory.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / promotionCategory</p><h1 id="function-promotioncategory" tabindex="-1">Function: promotionCategory() <a class="header-anchor" href="#function-promotioncategory" aria-label="Permalink to &quot;Function: promotionCategory()&quot;">​</a></h1><blockquote><p><strong>promotionCategory</strong>(<code>t</code>): <code>0</code> | <code>1</code> | <code>2</code></p></blockquote><p>Defined in: packages/backend-utils/src/dtype-promotion.ts:4</p><p>Promotion category of a dtype: 0 bool, 1 integral, 2 floating.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">t <a class="header-anchor" href="#t" aria-label="Permalink to &quot;t&quot;">​</a></h3><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>0</code> | <code>1</code> | <code>2</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/promotionCategory.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const promotionCategory = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  promotionCategory as default
};
