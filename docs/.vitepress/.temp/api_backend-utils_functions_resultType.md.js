import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: resultType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/resultType.md","filePath":"api/backend-utils/functions/resultType.md"}');
const _sfc_main = { name: "api/backend-utils/functions/resultType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / resultType</p><h1 id="function-resulttype" tabindex="-1">Function: resultType() <a class="header-anchor" href="#function-resulttype" aria-label="Permalink to &quot;Function: resultType()&quot;">​</a></h1><blockquote><p><strong>resultType</strong>(<code>tensors</code>, <code>scalars?</code>): <a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p></blockquote><p>Defined in: packages/backend-utils/src/dtype-promotion.ts:84</p><p>PyTorch&#39;s <code>torch.result_type</code> over tensors and scalars: dimensioned tensors take priority over zero-dim tensors, which take priority over Python scalars, unless the lower-priority operand is of a higher category (bool &lt; integral &lt; floating). Throws a <code>TypeError</code> when given no operand.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="tensors" tabindex="-1">tensors <a class="header-anchor" href="#tensors" aria-label="Permalink to &quot;tensors&quot;">​</a></h3><p>readonly <a href="./../interfaces/PromotionTensor.html"><code>PromotionTensor</code></a>[]</p><h3 id="scalars" tabindex="-1">scalars? <a class="header-anchor" href="#scalars" aria-label="Permalink to &quot;scalars?&quot;">​</a></h3><p>readonly <a href="./../type-aliases/ScalarKind.html"><code>ScalarKind</code></a>[] = <code>[]</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/resultType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const resultType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  resultType as default
};
