import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatMethodInstructions()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/formatMethodInstructions.md","filePath":"api/ir/functions/formatMethodInstructions.md"}');
const _sfc_main = { name: "api/ir/functions/formatMethodInstructions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / formatMethodInstructions</p><h1 id="function-formatmethodinstructions" tabindex="-1">Function: formatMethodInstructions() <a class="header-anchor" href="#function-formatmethodinstructions" aria-label="Permalink to &quot;Function: formatMethodInstructions()&quot;">​</a></h1><blockquote><p><strong>formatMethodInstructions</strong>(<code>plan</code>): <code>string</code>[]</p></blockquote><p>Defined in: packages/ir/src/describe.ts:299</p><p>Every instruction of a method, one line each, prefixed by chain and instruction index.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="plan" tabindex="-1">plan <a class="header-anchor" href="#plan" aria-label="Permalink to &quot;plan&quot;">​</a></h3><p><a href="./../interfaces/ExecutionPlanData.html"><code>ExecutionPlanData</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/formatMethodInstructions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatMethodInstructions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatMethodInstructions as default
};
