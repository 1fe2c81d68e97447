import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: validateXnnGraph()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/functions/validateXnnGraph.md","filePath":"api/backend-xnnpack/index/functions/validateXnnGraph.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/functions/validateXnnGraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / validateXnnGraph</p><h1 id="function-validatexnngraph" tabindex="-1">Function: validateXnnGraph() <a class="header-anchor" href="#function-validatexnngraph" aria-label="Permalink to &quot;Function: validateXnnGraph()&quot;">​</a></h1><blockquote><p><strong>validateXnnGraph</strong>(<code>graph</code>, <code>ctx</code>): <code>void</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-validator.ts:67</p><p>Checks every cross reference of a decoded graph: ids are unique; node inputs and outputs and the graph&#39;s input/output ids name existing values; external values have an external id below <code>num_externs</code> (and the delegate call&#39;s argument count) and no two share one; <code>num_dims</code> matches the dims; constants point inside <code>constant_data</code> (or the legacy constant buffer), inline offsets lie inside the constant region, named keys exist in named data, sizes cover the tensor; quant params are finite, positive scales with zero points in range and scale counts matching the channel dim. Throws <code>KindlingError</code> (<code>DelegateInvalidCompatibility</code>) naming the node or value.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../interfaces/XnnGraph.html"><code>XnnGraph</code></a></p><h3 id="ctx" tabindex="-1">ctx <a class="header-anchor" href="#ctx" aria-label="Permalink to &quot;ctx&quot;">​</a></h3><p><a href="./../interfaces/XnnValidationContext.html"><code>XnnValidationContext</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/functions/validateXnnGraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const validateXnnGraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  validateXnnGraph as default
};
