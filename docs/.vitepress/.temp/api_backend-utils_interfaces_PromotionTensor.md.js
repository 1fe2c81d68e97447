import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PromotionTensor","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/interfaces/PromotionTensor.md","filePath":"api/backend-utils/interfaces/PromotionTensor.md"}');
const _sfc_main = { name: "api/backend-utils/interfaces/PromotionTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / PromotionTensor</p><h1 id="interface-promotiontensor" tabindex="-1">Interface: PromotionTensor <a class="header-anchor" href="#interface-promotiontensor" aria-label="Permalink to &quot;Interface: PromotionTensor&quot;">​</a></h1><p>Defined in: packages/backend-utils/src/dtype-promotion.ts:65</p><p>What <a href="./../functions/resultType.html">resultType</a> needs of a tensor operand.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dtype" tabindex="-1">dtype <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>dtype</strong>: <a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p></blockquote><p>Defined in: packages/backend-utils/src/dtype-promotion.ts:66</p><hr><h3 id="rank" tabindex="-1">rank <a class="header-anchor" href="#rank" aria-label="Permalink to &quot;rank&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>rank</strong>: <code>number</code></p></blockquote><p>Defined in: packages/backend-utils/src/dtype-promotion.ts:68</p><p>Number of dimensions: 0-dim tensors take part with a lower priority.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/interfaces/PromotionTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PromotionTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PromotionTensor as default
};
