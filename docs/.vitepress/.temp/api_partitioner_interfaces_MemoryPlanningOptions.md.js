import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MemoryPlanningOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/MemoryPlanningOptions.md","filePath":"api/partitioner/interfaces/MemoryPlanningOptions.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/MemoryPlanningOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / MemoryPlanningOptions</p><h1 id="interface-memoryplanningoptions" tabindex="-1">Interface: MemoryPlanningOptions <a class="header-anchor" href="#interface-memoryplanningoptions" aria-label="Permalink to &quot;Interface: MemoryPlanningOptions&quot;">​</a></h1><p>Defined in: partitioner/src/memory-planning.ts:32</p><p>Options for <a href="./../functions/planMemory.html">planMemory</a>.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./EmitOptions.html"><code>EmitOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="algorithms" tabindex="-1">algorithms? <a class="header-anchor" href="#algorithms" aria-label="Permalink to &quot;algorithms?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>algorithms?</strong>: readonly <a href="./PlacementAlgorithm.html"><code>PlacementAlgorithm</code></a>[]</p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:36</p><p>Algorithms to try; the plan with the smallest arena wins (default: all built-in ones).</p><hr><h3 id="alignment" tabindex="-1">alignment? <a class="header-anchor" href="#alignment" aria-label="Permalink to &quot;alignment?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>alignment?</strong>: <code>number</code></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:34</p><p>Alignment of every tensor (default 16, as ExecuTorch).</p><hr><h3 id="schemas" tabindex="-1">schemas? <a class="header-anchor" href="#schemas" aria-label="Permalink to &quot;schemas?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>schemas?</strong>: <a href="./../../ir/classes/SchemaRegistry.html"><code>SchemaRegistry</code></a></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:37</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/MemoryPlanningOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MemoryPlanningOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MemoryPlanningOptions as default
};
