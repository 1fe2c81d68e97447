import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: XnnPayload","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/interfaces/XnnPayload.md","filePath":"api/backend-xnnpack/index/interfaces/XnnPayload.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/interfaces/XnnPayload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XnnPayload</p><h1 id="interface-xnnpayload" tabindex="-1">Interface: XnnPayload <a class="header-anchor" href="#interface-xnnpayload" aria-label="Permalink to &quot;Interface: XnnPayload&quot;">​</a></h1><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-reader.ts:422</p><p>A decoded payload: the graph plus the payload&#39;s inline constant region.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="constantregion" tabindex="-1">constantRegion <a class="header-anchor" href="#constantregion" aria-label="Permalink to &quot;constantRegion&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>constantRegion</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-reader.ts:424</p><hr><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>graph</strong>: <a href="./XnnGraph.html"><code>XnnGraph</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-reader.ts:423</p><hr><h3 id="hasheader" tabindex="-1">hasHeader <a class="header-anchor" href="#hasheader" aria-label="Permalink to &quot;hasHeader&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>hasHeader</strong>: <code>boolean</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-reader.ts:425</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/interfaces/XnnPayload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XnnPayload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XnnPayload as default
};
