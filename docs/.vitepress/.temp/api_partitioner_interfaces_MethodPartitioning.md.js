import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MethodPartitioning","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/MethodPartitioning.md","filePath":"api/partitioner/interfaces/MethodPartitioning.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/MethodPartitioning.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / MethodPartitioning</p><h1 id="interface-methodpartitioning" tabindex="-1">Interface: MethodPartitioning <a class="header-anchor" href="#interface-methodpartitioning" aria-label="Permalink to &quot;Interface: MethodPartitioning&quot;">​</a></h1><p>Defined in: partitioner/src/partition.ts:30</p><p>Partitioning of one method.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="method" tabindex="-1">method <a class="header-anchor" href="#method" aria-label="Permalink to &quot;method&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>method</strong>: <code>string</code></p></blockquote><p>Defined in: partitioner/src/partition.ts:31</p><hr><h3 id="nodes" tabindex="-1">nodes <a class="header-anchor" href="#nodes" aria-label="Permalink to &quot;nodes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>nodes</strong>: readonly <a href="./NodeReport.html"><code>NodeReport</code></a>[]</p></blockquote><p>Defined in: partitioner/src/partition.ts:33</p><hr><h3 id="partitions" tabindex="-1">partitions <a class="header-anchor" href="#partitions" aria-label="Permalink to &quot;partitions&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>partitions</strong>: readonly <a href="./Partition.html"><code>Partition</code></a>[]</p></blockquote><p>Defined in: partitioner/src/partition.ts:32</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/MethodPartitioning.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MethodPartitioning = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MethodPartitioning as default
};
