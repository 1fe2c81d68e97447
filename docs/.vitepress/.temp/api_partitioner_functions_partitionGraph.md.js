import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: partitionGraph()","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/functions/partitionGraph.md","filePath":"api/partitioner/functions/partitionGraph.md"}');
const _sfc_main = { name: "api/partitioner/functions/partitionGraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / partitionGraph</p><h1 id="function-partitiongraph" tabindex="-1">Function: partitionGraph() <a class="header-anchor" href="#function-partitiongraph" aria-label="Permalink to &quot;Function: partitionGraph()&quot;">​</a></h1><blockquote><p><strong>partitionGraph</strong>(<code>graph</code>, <code>backends</code>, <code>options?</code>): <a href="./../interfaces/MethodPartitioning.html"><code>MethodPartitioning</code></a></p></blockquote><p>Defined in: partitioner/src/partition.ts:72</p><p>Capability-based partitioning of one method: each node goes to the first backend (in priority order) that supports it; nodes of one backend are grouped into maximal partitions, merging two groups only when the graph of groups stays acyclic (so every partition can run as one call).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../../ir/classes/Graph.html"><code>Graph</code></a></p><h3 id="backends" tabindex="-1">backends <a class="header-anchor" href="#backends" aria-label="Permalink to &quot;backends&quot;">​</a></h3><p>readonly <a href="./../interfaces/BackendChoice.html"><code>BackendChoice</code></a>[]</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/PartitionOptions.html"><code>PartitionOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MethodPartitioning.html"><code>MethodPartitioning</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/functions/partitionGraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const partitionGraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  partitionGraph as default
};
