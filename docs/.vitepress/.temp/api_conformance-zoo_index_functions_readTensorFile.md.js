import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: readTensorFile()","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/index/functions/readTensorFile.md","filePath":"api/conformance-zoo/index/functions/readTensorFile.md"}');
const _sfc_main = { name: "api/conformance-zoo/index/functions/readTensorFile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">index</a> / readTensorFile</p><h1 id="function-readtensorfile" tabindex="-1">Function: readTensorFile() <a class="header-anchor" href="#function-readtensorfile" aria-label="Permalink to &quot;Function: readTensorFile()&quot;">​</a></h1><blockquote><p><strong>readTensorFile</strong>(<code>dir</code>, <code>v</code>): <a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a></p></blockquote><p>Defined in: manifest.ts:59</p><p>Reads a raw little-endian tensor file as a contiguous tensor of the given dtype and shape.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="dir" tabindex="-1">dir <a class="header-anchor" href="#dir" aria-label="Permalink to &quot;dir&quot;">​</a></h3><p><code>string</code></p><h3 id="v" tabindex="-1">v <a class="header-anchor" href="#v" aria-label="Permalink to &quot;v&quot;">​</a></h3><h4 id="dim-order" tabindex="-1">dim_order? <a class="header-anchor" href="#dim-order" aria-label="Permalink to &quot;dim_order?&quot;">​</a></h4><p><code>number</code>[]</p><h4 id="dtype" tabindex="-1">dtype <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype&quot;">​</a></h4><p><code>string</code></p><h4 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h4><p><code>string</code></p><h4 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h4><p><code>&quot;tensor&quot;</code></p><h4 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h4><p><code>number</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/index/functions/readTensorFile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const readTensorFile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  readTensorFile as default
};
