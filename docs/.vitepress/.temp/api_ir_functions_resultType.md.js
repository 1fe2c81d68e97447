import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: resultType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/resultType.md","filePath":"api/ir/functions/resultType.md"}');
const _sfc_main = { name: "api/ir/functions/resultType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / resultType</p><h1 id="function-resulttype" tabindex="-1">Function: resultType() <a class="header-anchor" href="#function-resulttype" aria-label="Permalink to &quot;Function: resultType()&quot;">​</a></h1><blockquote><p><strong>resultType</strong>(<code>operands</code>): <a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/shape-inference.ts:35</p><p>PyTorch&#39;s <code>result_type</code> over graph operands (<code>resultType</code> of <code>@kindling/backend-utils</code>): dimensioned tensors decide within their category; zero-dim tensors and then scalars only raise the category. No operand at all gives the default dtype, <code>Float</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="operands" tabindex="-1">operands <a class="header-anchor" href="#operands" aria-label="Permalink to &quot;operands&quot;">​</a></h3><p>readonly <a href="./../type-aliases/PromotionOperand.html"><code>PromotionOperand</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/resultType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const resultType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  resultType as default
};
