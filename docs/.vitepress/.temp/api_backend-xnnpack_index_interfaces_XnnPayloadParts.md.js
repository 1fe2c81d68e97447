import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: XnnPayloadParts","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/interfaces/XnnPayloadParts.md","filePath":"api/backend-xnnpack/index/interfaces/XnnPayloadParts.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/interfaces/XnnPayloadParts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XnnPayloadParts</p><h1 id="interface-xnnpayloadparts" tabindex="-1">Interface: XnnPayloadParts <a class="header-anchor" href="#interface-xnnpayloadparts" aria-label="Permalink to &quot;Interface: XnnPayloadParts&quot;">​</a></h1><p>Defined in: backend-xnnpack/src/serialization/xnn-header.ts:9</p><p>Where the parts of an XNNPACK payload are.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="constantdata" tabindex="-1">constantData <a class="header-anchor" href="#constantdata" aria-label="Permalink to &quot;constantData&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>constantData</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-header.ts:15</p><p>The inline constant region (a view; empty when the payload has none).</p><hr><h3 id="flatbuffer" tabindex="-1">flatbuffer <a class="header-anchor" href="#flatbuffer" aria-label="Permalink to &quot;flatbuffer&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>flatbuffer</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-header.ts:13</p><p>The <code>XNNGraph</code> flatbuffer (a view).</p><hr><h3 id="hasheader" tabindex="-1">hasHeader <a class="header-anchor" href="#hasheader" aria-label="Permalink to &quot;hasHeader&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>hasHeader</strong>: <code>boolean</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-header.ts:11</p><p>Whether the payload had an <code>XH00</code> header (false: legacy, the whole payload is the flatbuffer).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/interfaces/XnnPayloadParts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XnnPayloadParts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XnnPayloadParts as default
};
