import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: cloneGraph()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/cloneGraph.md","filePath":"api/ir/functions/cloneGraph.md"}');
const _sfc_main = { name: "api/ir/functions/cloneGraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / cloneGraph</p><h1 id="function-clonegraph" tabindex="-1">Function: cloneGraph() <a class="header-anchor" href="#function-clonegraph" aria-label="Permalink to &quot;Function: cloneGraph()&quot;">​</a></h1><blockquote><p><strong>cloneGraph</strong>(<code>graph</code>): <a href="./../classes/Graph.html"><code>Graph</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/clone.ts:7</p><p>A deep copy of a graph: same value ids, node order, types, metadata (shallow copies of the <code>meta</code> bags), constant bytes shared (they are never mutated in place).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../classes/Graph.html"><code>Graph</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../classes/Graph.html"><code>Graph</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/cloneGraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cloneGraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cloneGraph as default
};
