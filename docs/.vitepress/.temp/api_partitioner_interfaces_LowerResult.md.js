import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LowerResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/LowerResult.md","filePath":"api/partitioner/interfaces/LowerResult.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/LowerResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / LowerResult</p><h1 id="interface-lowerresult" tabindex="-1">Interface: LowerResult <a class="header-anchor" href="#interface-lowerresult" aria-label="Permalink to &quot;Interface: LowerResult&quot;">​</a></h1><p>Defined in: partitioner/src/lower.ts:41</p><p>What <a href="./../functions/lower.html">lower</a> produced.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>bytes</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: partitioner/src/lower.ts:43</p><p>The <code>.pte</code> bytes.</p><hr><h3 id="methods" tabindex="-1">methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;methods&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>methods</strong>: readonly <a href="./../../ir/classes/Graph.html"><code>Graph</code></a>[]</p></blockquote><p>Defined in: partitioner/src/lower.ts:45</p><p>The lowered method graphs.</p><hr><h3 id="plans" tabindex="-1">plans <a class="header-anchor" href="#plans" aria-label="Permalink to &quot;plans&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>plans</strong>: <code>ReadonlyMap</code>&lt;<code>string</code>, <a href="./MemoryPlan.html"><code>MemoryPlan</code></a>&gt;</p></blockquote><p>Defined in: partitioner/src/lower.ts:49</p><p>Per method: the memory plan.</p><hr><h3 id="report" tabindex="-1">report <a class="header-anchor" href="#report" aria-label="Permalink to &quot;report&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>report</strong>: readonly <a href="./MethodPartitioning.html"><code>MethodPartitioning</code></a>[]</p></blockquote><p>Defined in: partitioner/src/lower.ts:47</p><p>Per method: partitions and the per-node report.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/LowerResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LowerResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LowerResult as default
};
