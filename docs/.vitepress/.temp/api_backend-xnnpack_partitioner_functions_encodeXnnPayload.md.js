import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: encodeXnnPayload()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/encodeXnnPayload.md","filePath":"api/backend-xnnpack/partitioner/functions/encodeXnnPayload.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/encodeXnnPayload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / encodeXnnPayload</p><h1 id="function-encodexnnpayload" tabindex="-1">Function: encodeXnnPayload() <a class="header-anchor" href="#function-encodexnnpayload" aria-label="Permalink to &quot;Function: encodeXnnPayload()&quot;">​</a></h1><blockquote><p><strong>encodeXnnPayload</strong>(<code>graph</code>, <code>constantRegion?</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-writer.ts:409</p><p>Writes a complete XNNPACK delegate payload: <code>XH00</code> header, <code>XNNGraph</code>, inline constants.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../interfaces/XnnGraphData.html"><code>XnnGraphData</code></a></p><h3 id="constantregion" tabindex="-1">constantRegion? <a class="header-anchor" href="#constantregion" aria-label="Permalink to &quot;constantRegion?&quot;">​</a></h3><p><code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/encodeXnnPayload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const encodeXnnPayload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  encodeXnnPayload as default
};
