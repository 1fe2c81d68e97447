import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: floatToBfloat16()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/floatToBfloat16.md","filePath":"api/backend-utils/functions/floatToBfloat16.md"}');
const _sfc_main = { name: "api/backend-utils/functions/floatToBfloat16.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / floatToBfloat16</p><h1 id="function-floattobfloat16" tabindex="-1">Function: floatToBfloat16() <a class="header-anchor" href="#function-floattobfloat16" aria-label="Permalink to &quot;Function: floatToBfloat16()&quot;">​</a></h1><blockquote><p><strong>floatToBfloat16</strong>(<code>value</code>): <code>number</code></p></blockquote><p>Defined in: packages/backend-utils/src/half.ts:88</p><p>Bfloat16 bits of a number: rounded to float32 first, then to bfloat16 (nearest even), as PyTorch&#39;s <code>BFloat16(float)</code> does. NaN gives <code>0x7fc0</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/floatToBfloat16.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const floatToBfloat16 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  floatToBfloat16 as default
};
