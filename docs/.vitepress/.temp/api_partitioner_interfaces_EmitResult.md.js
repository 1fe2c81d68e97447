import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EmitResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/EmitResult.md","filePath":"api/partitioner/interfaces/EmitResult.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/EmitResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / EmitResult</p><h1 id="interface-emitresult" tabindex="-1">Interface: EmitResult <a class="header-anchor" href="#interface-emitresult" aria-label="Permalink to &quot;Interface: EmitResult&quot;">​</a></h1><p>Defined in: partitioner/src/emit.ts:13</p><p>The emitted file and the memory plan of each method.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>bytes</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: partitioner/src/emit.ts:14</p><hr><h3 id="plans" tabindex="-1">plans <a class="header-anchor" href="#plans" aria-label="Permalink to &quot;plans&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>plans</strong>: <code>ReadonlyMap</code>&lt;<code>string</code>, <a href="./MemoryPlan.html"><code>MemoryPlan</code></a>&gt;</p></blockquote><p>Defined in: partitioner/src/emit.ts:15</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/EmitResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EmitResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EmitResult as default
};
