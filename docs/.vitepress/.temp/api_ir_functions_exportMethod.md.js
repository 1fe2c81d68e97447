import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: exportMethod()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/exportMethod.md","filePath":"api/ir/functions/exportMethod.md"}');
const _sfc_main = { name: "api/ir/functions/exportMethod.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / exportMethod</p><h1 id="function-exportmethod" tabindex="-1">Function: exportMethod() <a class="header-anchor" href="#function-exportmethod" aria-label="Permalink to &quot;Function: exportMethod()&quot;">​</a></h1><blockquote><p><strong>exportMethod</strong>(<code>graph</code>, <code>ctx</code>): <a href="./../interfaces/ExecutionPlanData.html"><code>ExecutionPlanData</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:265</p><p>Exports a graph as an <code>ExecutionPlan</code>: graph values first (in id order), then the literal values of each instruction&#39;s arguments; kernel calls with ExecuTorch&#39;s argument layout (every schema argument, out arguments included, then one return slot).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../classes/Graph.html"><code>Graph</code></a></p><h3 id="ctx" tabindex="-1">ctx <a class="header-anchor" href="#ctx" aria-label="Permalink to &quot;ctx&quot;">​</a></h3><p><a href="./../interfaces/ExportContext.html"><code>ExportContext</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ExecutionPlanData.html"><code>ExecutionPlanData</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/exportMethod.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const exportMethod = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  exportMethod as default
};
