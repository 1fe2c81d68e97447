import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PartitionOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/PartitionOptions.md","filePath":"api/partitioner/interfaces/PartitionOptions.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/PartitionOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / PartitionOptions</p><h1 id="interface-partitionoptions" tabindex="-1">Interface: PartitionOptions <a class="header-anchor" href="#interface-partitionoptions" aria-label="Permalink to &quot;Interface: PartitionOptions&quot;">​</a></h1><p>Defined in: partitioner/src/partition.ts:37</p><p>Options for <a href="./../functions/partitionGraph.html">partitionGraph</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="schemas" tabindex="-1">schemas? <a class="header-anchor" href="#schemas" aria-label="Permalink to &quot;schemas?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>schemas?</strong>: <a href="./../../ir/classes/SchemaRegistry.html"><code>SchemaRegistry</code></a></p></blockquote><p>Defined in: partitioner/src/partition.ts:38</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/PartitionOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PartitionOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PartitionOptions as default
};
