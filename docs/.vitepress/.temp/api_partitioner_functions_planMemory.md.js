import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: planMemory()","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/functions/planMemory.md","filePath":"api/partitioner/functions/planMemory.md"}');
const _sfc_main = { name: "api/partitioner/functions/planMemory.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / planMemory</p><h1 id="function-planmemory" tabindex="-1">Function: planMemory() <a class="header-anchor" href="#function-planmemory" aria-label="Permalink to &quot;Function: planMemory()&quot;">​</a></h1><blockquote><p><strong>planMemory</strong>(<code>graph</code>, <code>options?</code>): <a href="./../interfaces/MemoryPlan.html"><code>MemoryPlan</code></a></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:243</p><p>Plans the non-constant tensors of a method into one arena (memory id 1; id 0 is reserved): lifetimes from <a href="./computeLifetimes.html">computeLifetimes</a>, every algorithm tried, the smallest arena kept.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../../ir/classes/Graph.html"><code>Graph</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/MemoryPlanningOptions.html"><code>MemoryPlanningOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MemoryPlan.html"><code>MemoryPlan</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/functions/planMemory.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const planMemory = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  planMemory as default
};
