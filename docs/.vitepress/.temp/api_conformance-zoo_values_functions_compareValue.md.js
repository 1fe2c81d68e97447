import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: compareValue()","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/values/functions/compareValue.md","filePath":"api/conformance-zoo/values/functions/compareValue.md"}');
const _sfc_main = { name: "api/conformance-zoo/values/functions/compareValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">values</a> / compareValue</p><h1 id="function-comparevalue" tabindex="-1">Function: compareValue() <a class="header-anchor" href="#function-comparevalue" aria-label="Permalink to &quot;Function: compareValue()&quot;">​</a></h1><blockquote><p><strong>compareValue</strong>(<code>actual</code>, <code>expected</code>, <code>want</code>, <code>tol</code>): <a href="./../interfaces/Comparison.html"><code>Comparison</code></a></p></blockquote><p>Defined in: values.ts:77</p><p>Compares an output with the value ExecuTorch recorded (<code>want</code>: the recorded tensor, read from its file, for tensor values): floating tensors within <code>|a - e| &lt;= atol + rtol * |e|</code>, with NaN exactly where the recording has NaN and infinities exactly where it has them, integer and bool tensors exactly, scalars exactly (floats within the same tolerance).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="actual" tabindex="-1">actual <a class="header-anchor" href="#actual" aria-label="Permalink to &quot;actual&quot;">​</a></h3><p><code>unknown</code></p><h3 id="expected" tabindex="-1">expected <a class="header-anchor" href="#expected" aria-label="Permalink to &quot;expected&quot;">​</a></h3><p><a href="./../../index/type-aliases/ManifestValue.html"><code>ManifestValue</code></a></p><h3 id="want" tabindex="-1">want <a class="header-anchor" href="#want" aria-label="Permalink to &quot;want&quot;">​</a></h3><p><a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a>&lt;<a href="./../../../core/enumerations/ScalarType.html"><code>ScalarType</code></a>&gt; | <code>null</code></p><h3 id="tol" tabindex="-1">tol <a class="header-anchor" href="#tol" aria-label="Permalink to &quot;tol&quot;">​</a></h3><h4 id="atol" tabindex="-1">atol <a class="header-anchor" href="#atol" aria-label="Permalink to &quot;atol&quot;">​</a></h4><p><code>number</code></p><h4 id="rtol" tabindex="-1">rtol <a class="header-anchor" href="#rtol" aria-label="Permalink to &quot;rtol&quot;">​</a></h4><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Comparison.html"><code>Comparison</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/values/functions/compareValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const compareValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  compareValue as default
};
