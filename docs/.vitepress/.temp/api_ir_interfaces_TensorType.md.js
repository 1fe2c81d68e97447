import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TensorType","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/TensorType.md","filePath":"api/ir/interfaces/TensorType.md"}');
const _sfc_main = { name: "api/ir/interfaces/TensorType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / TensorType</p><h1 id="interface-tensortype" tabindex="-1">Interface: TensorType <a class="header-anchor" href="#interface-tensortype" aria-label="Permalink to &quot;Interface: TensorType&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/graph.ts:6</p><p>The type of a tensor value: element type, (upper-bound) sizes, dim order and dynamism.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dimorder" tabindex="-1">dimOrder <a class="header-anchor" href="#dimorder" aria-label="Permalink to &quot;dimOrder&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>dimOrder</strong>: readonly <code>number</code>[]</p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:12</p><p>Dim order, outermost to innermost (<code>[0..n-1]</code> is contiguous).</p><hr><h3 id="dtype" tabindex="-1">dtype <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>dtype</strong>: <a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:8</p><hr><h3 id="dynamism" tabindex="-1">dynamism <a class="header-anchor" href="#dynamism" aria-label="Permalink to &quot;dynamism&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>dynamism</strong>: <a href="./../enumerations/TensorShapeDynamism.html"><code>TensorShapeDynamism</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:13</p><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>kind</strong>: <code>&quot;tensor&quot;</code></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:7</p><hr><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>shape</strong>: readonly <code>number</code>[]</p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:10</p><p>Sizes; for dynamic tensors the upper bound the program was planned with.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/TensorType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TensorType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TensorType as default
};
