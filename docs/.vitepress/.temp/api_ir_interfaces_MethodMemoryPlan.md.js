import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MethodMemoryPlan","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/MethodMemoryPlan.md","filePath":"api/ir/interfaces/MethodMemoryPlan.md"}');
const _sfc_main = { name: "api/ir/interfaces/MethodMemoryPlan.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / MethodMemoryPlan</p><h1 id="interface-methodmemoryplan" tabindex="-1">Interface: MethodMemoryPlan <a class="header-anchor" href="#interface-methodmemoryplan" aria-label="Permalink to &quot;Interface: MethodMemoryPlan&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/export-program.ts:28</p><p>The result of memory planning for one method, as export consumes it.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./../../partitioner/interfaces/MemoryPlan.html"><code>MemoryPlan</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="buffersizes" tabindex="-1">bufferSizes <a class="header-anchor" href="#buffersizes" aria-label="Permalink to &quot;bufferSizes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>bufferSizes</strong>: readonly <code>bigint</code>[]</p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:30</p><p><code>non_const_buffer_sizes</code>: entry 0 is the reserved 0, entry k is buffer k&#39;s size.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="allocation" tabindex="-1">allocation() <a class="header-anchor" href="#allocation" aria-label="Permalink to &quot;allocation()&quot;">​</a></h3><blockquote><p><strong>allocation</strong>(<code>value</code>): <a href="./Allocation.html"><code>Allocation</code></a> | <code>undefined</code></p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:32</p><p>The allocation of a planned tensor value, or <code>undefined</code> when it has none.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h5><p><a href="./../classes/Value.html"><code>Value</code></a></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><a href="./Allocation.html"><code>Allocation</code></a> | <code>undefined</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/MethodMemoryPlan.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MethodMemoryPlan = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MethodMemoryPlan as default
};
