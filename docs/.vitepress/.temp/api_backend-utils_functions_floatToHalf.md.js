import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: floatToHalf()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/floatToHalf.md","filePath":"api/backend-utils/functions/floatToHalf.md"}');
const _sfc_main = { name: "api/backend-utils/functions/floatToHalf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / floatToHalf</p><h1 id="function-floattohalf" tabindex="-1">Function: floatToHalf() <a class="header-anchor" href="#function-floattohalf" aria-label="Permalink to &quot;Function: floatToHalf()&quot;">​</a></h1><blockquote><p><strong>floatToHalf</strong>(<code>value</code>): <code>number</code></p></blockquote><p>Defined in: packages/backend-utils/src/half.ts:56</p><p>Binary16 bits of a number, rounded once from its exact value (round to nearest even). NaN gives the quiet NaN <code>0x7e00</code>; magnitudes from 65520 up give infinity.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/floatToHalf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const floatToHalf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  floatToHalf as default
};
