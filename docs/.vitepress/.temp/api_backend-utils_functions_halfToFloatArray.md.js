import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: halfToFloatArray()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/halfToFloatArray.md","filePath":"api/backend-utils/functions/halfToFloatArray.md"}');
const _sfc_main = { name: "api/backend-utils/functions/halfToFloatArray.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / halfToFloatArray</p><h1 id="function-halftofloatarray" tabindex="-1">Function: halfToFloatArray() <a class="header-anchor" href="#function-halftofloatarray" aria-label="Permalink to &quot;Function: halfToFloatArray()&quot;">​</a></h1><blockquote><p><strong>halfToFloatArray</strong>&lt;<code>T</code>&gt;(<code>bits</code>, <code>out?</code>): <code>T</code></p></blockquote><p>Defined in: packages/backend-utils/src/half.ts:97</p><p>Decodes binary16 bit patterns into <code>out</code> (a new <code>Float32Array</code> by default).</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code> <em>extends</em> <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt; = <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bits" tabindex="-1">bits <a class="header-anchor" href="#bits" aria-label="Permalink to &quot;bits&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h3 id="out" tabindex="-1">out? <a class="header-anchor" href="#out" aria-label="Permalink to &quot;out?&quot;">​</a></h3><p><code>T</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>T</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/halfToFloatArray.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const halfToFloatArray = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  halfToFloatArray as default
};
