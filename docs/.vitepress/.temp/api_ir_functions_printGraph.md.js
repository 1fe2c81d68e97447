import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: printGraph()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/printGraph.md","filePath":"api/ir/functions/printGraph.md"}');
const _sfc_main = { name: "api/ir/functions/printGraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / printGraph</p><h1 id="function-printgraph" tabindex="-1">Function: printGraph() <a class="header-anchor" href="#function-printgraph" aria-label="Permalink to &quot;Function: printGraph()&quot;">​</a></h1><blockquote><p><strong>printGraph</strong>(<code>graph</code>): <code>string</code></p></blockquote><p>Defined in: packages/ir/src/graph/printer.ts:104</p><p>Prints a graph deterministically: a header with inputs, the values that no node produces (constants, buffers, ...) in id order, one line per node in execution order, and the outputs.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../classes/Graph.html"><code>Graph</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/printGraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const printGraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  printGraph as default
};
