import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: bfloat16ToFloat()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/bfloat16ToFloat.md","filePath":"api/backend-utils/functions/bfloat16ToFloat.md"}');
const _sfc_main = { name: "api/backend-utils/functions/bfloat16ToFloat.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / bfloat16ToFloat</p><h1 id="function-bfloat16tofloat" tabindex="-1">Function: bfloat16ToFloat() <a class="header-anchor" href="#function-bfloat16tofloat" aria-label="Permalink to &quot;Function: bfloat16ToFloat()&quot;">​</a></h1><blockquote><p><strong>bfloat16ToFloat</strong>(<code>bits</code>): <code>number</code></p></blockquote><p>Defined in: packages/backend-utils/src/half.ts:79</p><p>The number a bfloat16 bit pattern (low 16 bits of <code>bits</code>) stands for.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bits" tabindex="-1">bits <a class="header-anchor" href="#bits" aria-label="Permalink to &quot;bits&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/bfloat16ToFloat.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bfloat16ToFloat = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bfloat16ToFloat as default
};
