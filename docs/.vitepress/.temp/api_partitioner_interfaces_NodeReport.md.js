import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NodeReport","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/NodeReport.md","filePath":"api/partitioner/interfaces/NodeReport.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/NodeReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / NodeReport</p><h1 id="interface-nodereport" tabindex="-1">Interface: NodeReport <a class="header-anchor" href="#interface-nodereport" aria-label="Permalink to &quot;Interface: NodeReport&quot;">​</a></h1><p>Defined in: partitioner/src/partition.ts:15</p><p>The partition report&#39;s line for one node.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="backend" tabindex="-1">backend <a class="header-anchor" href="#backend" aria-label="Permalink to &quot;backend&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>backend</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: partitioner/src/partition.ts:22</p><p>The delegate id that took the node, or <code>null</code> when it stays on portable kernels.</p><hr><h3 id="index" tabindex="-1">index <a class="header-anchor" href="#index" aria-label="Permalink to &quot;index&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>index</strong>: <code>number</code></p></blockquote><p>Defined in: partitioner/src/partition.ts:17</p><p>Position of the node in the method (before lowering).</p><hr><h3 id="op" tabindex="-1">op <a class="header-anchor" href="#op" aria-label="Permalink to &quot;op&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>op</strong>: <code>string</code></p></blockquote><p>Defined in: partitioner/src/partition.ts:18</p><hr><h3 id="outputs" tabindex="-1">outputs <a class="header-anchor" href="#outputs" aria-label="Permalink to &quot;outputs&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>outputs</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: partitioner/src/partition.ts:20</p><p>Output value names.</p><hr><h3 id="partition" tabindex="-1">partition <a class="header-anchor" href="#partition" aria-label="Permalink to &quot;partition&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>partition</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: partitioner/src/partition.ts:24</p><p>Index of the partition (within the method) that holds the node.</p><hr><h3 id="reasons" tabindex="-1">reasons <a class="header-anchor" href="#reasons" aria-label="Permalink to &quot;reasons&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>reasons</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;&gt;</p></blockquote><p>Defined in: partitioner/src/partition.ts:26</p><p>Why each backend refused the node (backend id to reason); empty when the first backend took it.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/NodeReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NodeReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NodeReport as default
};
