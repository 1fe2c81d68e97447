import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: packGemmWeights()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/kernels/functions/packGemmWeights.md","filePath":"api/backend-xnnpack/kernels/functions/packGemmWeights.md"}');
const _sfc_main = { name: "api/backend-xnnpack/kernels/functions/packGemmWeights.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">kernels</a> / packGemmWeights</p><h1 id="function-packgemmweights" tabindex="-1">Function: packGemmWeights() <a class="header-anchor" href="#function-packgemmweights" aria-label="Permalink to &quot;Function: packGemmWeights()&quot;">​</a></h1><blockquote><p><strong>packGemmWeights</strong>(<code>weights</code>, <code>offset</code>, <code>n</code>, <code>k</code>, <code>kn</code>, <code>bias</code>, <code>out</code>, <code>outOffset</code>): <code>void</code></p></blockquote><p>Defined in: backend-xnnpack/src/kernels/packing.ts:20</p><p>Packs <code>weights</code> into GEMM panels at <code>out[outOffset...]</code>: <code>weights</code> is <code>[n, k]</code> (row <code>j</code> at <code>offset + j * k</code>) or, with <code>kn</code>, <code>[k, n]</code> (row <code>p</code> at <code>offset + p * n</code>). <code>bias</code> <code>[n]</code> or null.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="weights" tabindex="-1">weights <a class="header-anchor" href="#weights" aria-label="Permalink to &quot;weights&quot;">​</a></h3><p><code>Float32Array</code></p><h3 id="offset" tabindex="-1">offset <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset&quot;">​</a></h3><p><code>number</code></p><h3 id="n" tabindex="-1">n <a class="header-anchor" href="#n" aria-label="Permalink to &quot;n&quot;">​</a></h3><p><code>number</code></p><h3 id="k" tabindex="-1">k <a class="header-anchor" href="#k" aria-label="Permalink to &quot;k&quot;">​</a></h3><p><code>number</code></p><h3 id="kn" tabindex="-1">kn <a class="header-anchor" href="#kn" aria-label="Permalink to &quot;kn&quot;">​</a></h3><p><code>boolean</code></p><h3 id="bias" tabindex="-1">bias <a class="header-anchor" href="#bias" aria-label="Permalink to &quot;bias&quot;">​</a></h3><p><code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>null</code></p><h3 id="out" tabindex="-1">out <a class="header-anchor" href="#out" aria-label="Permalink to &quot;out&quot;">​</a></h3><p><code>Float32Array</code></p><h3 id="outoffset" tabindex="-1">outOffset <a class="header-anchor" href="#outoffset" aria-label="Permalink to &quot;outOffset&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/kernels/functions/packGemmWeights.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const packGemmWeights = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  packGemmWeights as default
};
