import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: computeLifetimes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/functions/computeLifetimes.md","filePath":"api/partitioner/functions/computeLifetimes.md"}');
const _sfc_main = { name: "api/partitioner/functions/computeLifetimes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / computeLifetimes</p><h1 id="function-computelifetimes" tabindex="-1">Function: computeLifetimes() <a class="header-anchor" href="#function-computelifetimes" aria-label="Permalink to &quot;Function: computeLifetimes()&quot;">​</a></h1><blockquote><p><strong>computeLifetimes</strong>(<code>graph</code>, <code>options?</code>): <a href="./../interfaces/TensorLifetime.html"><code>TensorLifetime</code></a>[]</p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:59</p><p>Computes the lifetimes of the tensors memory planning must place: planned graph inputs, buffers and node outputs. Buffers (mutable state) live for the whole method; outputs until the end; a tensor read through an aliasing view (<code>executorch_prim.et_view</code>) lives as long as the view is read.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../../ir/classes/Graph.html"><code>Graph</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><h4 id="alignment" tabindex="-1">alignment? <a class="header-anchor" href="#alignment" aria-label="Permalink to &quot;alignment?&quot;">​</a></h4><p><code>number</code></p><h4 id="schemas" tabindex="-1">schemas? <a class="header-anchor" href="#schemas" aria-label="Permalink to &quot;schemas?&quot;">​</a></h4><p><a href="./../../ir/classes/SchemaRegistry.html"><code>SchemaRegistry</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/TensorLifetime.html"><code>TensorLifetime</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/functions/computeLifetimes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const computeLifetimes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  computeLifetimes as default
};
