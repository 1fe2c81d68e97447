import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: bumpMemoryPlan()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/bumpMemoryPlan.md","filePath":"api/ir/functions/bumpMemoryPlan.md"}');
const _sfc_main = { name: "api/ir/functions/bumpMemoryPlan.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / bumpMemoryPlan</p><h1 id="function-bumpmemoryplan" tabindex="-1">Function: bumpMemoryPlan() <a class="header-anchor" href="#function-bumpmemoryplan" aria-label="Permalink to &quot;Function: bumpMemoryPlan()&quot;">​</a></h1><blockquote><p><strong>bumpMemoryPlan</strong>(<code>graph</code>): <a href="./../interfaces/MethodMemoryPlan.html"><code>MethodMemoryPlan</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:45</p><p>A plan that places every planned tensor after the previous one (no reuse). Used when no better plan is given; <code>@kindling/partitioner</code>&#39;s memory planner does the real work.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../classes/Graph.html"><code>Graph</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MethodMemoryPlan.html"><code>MethodMemoryPlan</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/bumpMemoryPlan.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bumpMemoryPlan = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bumpMemoryPlan as default
};
