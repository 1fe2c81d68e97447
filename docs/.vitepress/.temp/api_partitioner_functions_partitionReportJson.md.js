import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: partitionReportJson()","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/functions/partitionReportJson.md","filePath":"api/partitioner/functions/partitionReportJson.md"}');
const _sfc_main = { name: "api/partitioner/functions/partitionReportJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / partitionReportJson</p><h1 id="function-partitionreportjson" tabindex="-1">Function: partitionReportJson() <a class="header-anchor" href="#function-partitionreportjson" aria-label="Permalink to &quot;Function: partitionReportJson()&quot;">​</a></h1><blockquote><p><strong>partitionReportJson</strong>(<code>report</code>): <code>unknown</code></p></blockquote><p>Defined in: partitioner/src/lower.ts:138</p><p>The partition report as JSON-ready data.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="report" tabindex="-1">report <a class="header-anchor" href="#report" aria-label="Permalink to &quot;report&quot;">​</a></h3><p>readonly <a href="./../interfaces/MethodPartitioning.html"><code>MethodPartitioning</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>unknown</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/functions/partitionReportJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const partitionReportJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  partitionReportJson as default
};
