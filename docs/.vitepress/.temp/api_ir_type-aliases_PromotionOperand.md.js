import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PromotionOperand","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/PromotionOperand.md","filePath":"api/ir/type-aliases/PromotionOperand.md"}');
const _sfc_main = { name: "api/ir/type-aliases/PromotionOperand.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / PromotionOperand</p><h1 id="type-alias-promotionoperand" tabindex="-1">Type Alias: PromotionOperand <a class="header-anchor" href="#type-alias-promotionoperand" aria-label="Permalink to &quot;Type Alias: PromotionOperand&quot;">​</a></h1><blockquote><p><strong>PromotionOperand</strong> = { <code>tensor</code>: <a href="./../interfaces/TensorType.html"><code>TensorType</code></a>; } | { <code>scalar</code>: <a href="./../../backend-utils/type-aliases/ScalarKind.html"><code>ScalarKind</code></a>; }</p></blockquote><p>Defined in: packages/ir/src/graph/shape-inference.ts:28</p><p>An operand for <a href="./../functions/resultType.html">resultType</a>: a tensor (0-dim ones rank lower) or a wrapped Python scalar.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/PromotionOperand.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PromotionOperand = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PromotionOperand as default
};
