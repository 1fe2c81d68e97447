import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatEventSummary()","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/functions/formatEventSummary.md","filePath":"api/runtime/index/functions/formatEventSummary.md"}');
const _sfc_main = { name: "api/runtime/index/functions/formatEventSummary.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / formatEventSummary</p><h1 id="function-formateventsummary" tabindex="-1">Function: formatEventSummary() <a class="header-anchor" href="#function-formateventsummary" aria-label="Permalink to &quot;Function: formatEventSummary()&quot;">​</a></h1><blockquote><p><strong>formatEventSummary</strong>(<code>rows</code>): <code>string</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:106</p><p>Formats summary rows as a fixed-width text table (operator, kind, count, total ms, mean ms).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><p>readonly <a href="./../interfaces/EventSummaryRow.html"><code>EventSummaryRow</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/functions/formatEventSummary.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatEventSummary = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatEventSummary as default
};
