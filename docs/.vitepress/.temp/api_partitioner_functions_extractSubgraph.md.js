import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: extractSubgraph()","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/functions/extractSubgraph.md","filePath":"api/partitioner/functions/extractSubgraph.md"}');
const _sfc_main = { name: "api/partitioner/functions/extractSubgraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / extractSubgraph</p><h1 id="function-extractsubgraph" tabindex="-1">Function: extractSubgraph() <a class="header-anchor" href="#function-extractsubgraph" aria-label="Permalink to &quot;Function: extractSubgraph()&quot;">​</a></h1><blockquote><p><strong>extractSubgraph</strong>(<code>graph</code>, <code>nodes</code>, <code>inputs</code>, <code>outputs</code>, <code>constants</code>): <a href="./../../ir/classes/Graph.html"><code>Graph</code></a></p></blockquote><p>Defined in: partitioner/src/partition.ts:262</p><p>Copies <code>nodes</code> into a standalone graph with the given boundary.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../../ir/classes/Graph.html"><code>Graph</code></a></p><h3 id="nodes" tabindex="-1">nodes <a class="header-anchor" href="#nodes" aria-label="Permalink to &quot;nodes&quot;">​</a></h3><p>readonly <a href="./../../ir/classes/Node.html"><code>Node</code></a>[]</p><h3 id="inputs" tabindex="-1">inputs <a class="header-anchor" href="#inputs" aria-label="Permalink to &quot;inputs&quot;">​</a></h3><p>readonly <a href="./../../ir/classes/Value.html"><code>Value</code></a>[]</p><h3 id="outputs" tabindex="-1">outputs <a class="header-anchor" href="#outputs" aria-label="Permalink to &quot;outputs&quot;">​</a></h3><p>readonly <a href="./../../ir/classes/Value.html"><code>Value</code></a>[]</p><h3 id="constants" tabindex="-1">constants <a class="header-anchor" href="#constants" aria-label="Permalink to &quot;constants&quot;">​</a></h3><p>readonly <a href="./../../ir/classes/Value.html"><code>Value</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../ir/classes/Graph.html"><code>Graph</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/functions/extractSubgraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const extractSubgraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  extractSubgraph as default
};
