import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: floatToBfloat16Array()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/floatToBfloat16Array.md","filePath":"api/backend-utils/functions/floatToBfloat16Array.md"}');
const _sfc_main = { name: "api/backend-utils/functions/floatToBfloat16Array.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / floatToBfloat16Array</p><h1 id="function-floattobfloat16array" tabindex="-1">Function: floatToBfloat16Array() <a class="header-anchor" href="#function-floattobfloat16array" aria-label="Permalink to &quot;Function: floatToBfloat16Array()&quot;">​</a></h1><blockquote><p><strong>floatToBfloat16Array</strong>(<code>values</code>, <code>out?</code>): <code>Uint16Array</code></p></blockquote><p>Defined in: packages/backend-utils/src/half.ts:126</p><p>Encodes numbers as bfloat16 bit patterns into <code>out</code> (a new <code>Uint16Array</code> by default).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h3 id="out" tabindex="-1">out? <a class="header-anchor" href="#out" aria-label="Permalink to &quot;out?&quot;">​</a></h3><p><code>Uint16Array</code> = <code>...</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint16Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/floatToBfloat16Array.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const floatToBfloat16Array = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  floatToBfloat16Array as default
};
