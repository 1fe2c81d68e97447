import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: gemmPackedLength()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/kernels/functions/gemmPackedLength.md","filePath":"api/backend-xnnpack/kernels/functions/gemmPackedLength.md"}');
const _sfc_main = { name: "api/backend-xnnpack/kernels/functions/gemmPackedLength.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">kernels</a> / gemmPackedLength</p><h1 id="function-gemmpackedlength" tabindex="-1">Function: gemmPackedLength() <a class="header-anchor" href="#function-gemmpackedlength" aria-label="Permalink to &quot;Function: gemmPackedLength()&quot;">​</a></h1><blockquote><p><strong>gemmPackedLength</strong>(<code>n</code>, <code>k</code>): <code>number</code></p></blockquote><p>Defined in: backend-xnnpack/src/kernels/packing.ts:12</p><p>Floats of the packed panels of an <code>n x k</code> GEMM.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="n" tabindex="-1">n <a class="header-anchor" href="#n" aria-label="Permalink to &quot;n&quot;">​</a></h3><p><code>number</code></p><h3 id="k" tabindex="-1">k <a class="header-anchor" href="#k" aria-label="Permalink to &quot;k&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/kernels/functions/gemmPackedLength.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const gemmPackedLength = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  gemmPackedLength as default
};
