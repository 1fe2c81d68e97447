import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LoweredPartition","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/interfaces/LoweredPartition.md","filePath":"api/backend-xnnpack/partitioner/interfaces/LoweredPartition.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/interfaces/LoweredPartition.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / LoweredPartition</p><h1 id="interface-loweredpartition" tabindex="-1">Interface: LoweredPartition <a class="header-anchor" href="#interface-loweredpartition" aria-label="Permalink to &quot;Interface: LoweredPartition&quot;">​</a></h1><p>Defined in: backend-xnnpack/src/lowering/lower-partition.ts:16</p><p>The lowered graph before serialisation, for tests and reports.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>graph</strong>: <a href="./XnnGraphData.html"><code>XnnGraphData</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/lowering/lower-partition.ts:17</p><hr><h3 id="nameddata" tabindex="-1">namedData <a class="header-anchor" href="#nameddata" aria-label="Permalink to &quot;namedData&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>namedData</strong>: <code>ReadonlyMap</code>&lt;<code>string</code>, <code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;&gt;</p></blockquote><p>Defined in: backend-xnnpack/src/lowering/lower-partition.ts:19</p><p>Weights by SHA-256 hex key.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/interfaces/LoweredPartition.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LoweredPartition = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LoweredPartition as default
};
