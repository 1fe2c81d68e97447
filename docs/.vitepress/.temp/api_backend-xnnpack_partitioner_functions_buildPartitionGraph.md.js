import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: buildPartitionGraph()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/buildPartitionGraph.md","filePath":"api/backend-xnnpack/partitioner/functions/buildPartitionGraph.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/buildPartitionGraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / buildPartitionGraph</p><h1 id="function-buildpartitiongraph" tabindex="-1">Function: buildPartitionGraph() <a class="header-anchor" href="#function-buildpartitiongraph" aria-label="Permalink to &quot;Function: buildPartitionGraph()&quot;">​</a></h1><blockquote><p><strong>buildPartitionGraph</strong>(<code>partition</code>): <a href="./../interfaces/LoweredPartition.html"><code>LoweredPartition</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/lowering/lower-partition.ts:27</p><p>Builds the <code>XNNGraph</code> of a partition: external inputs and outputs numbered by their position in the delegate call (inputs, then outputs), convolutions and pooling in NHWC with transposes where a value changes layout, weights as static values in named data keyed by SHA-256.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="partition" tabindex="-1">partition <a class="header-anchor" href="#partition" aria-label="Permalink to &quot;partition&quot;">​</a></h3><p><a href="./../../../partitioner/interfaces/Partition.html"><code>Partition</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LoweredPartition.html"><code>LoweredPartition</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/buildPartitionGraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const buildPartitionGraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  buildPartitionGraph as default
};
