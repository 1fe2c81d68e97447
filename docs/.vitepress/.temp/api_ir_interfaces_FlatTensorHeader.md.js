import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FlatTensorHeader","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/FlatTensorHeader.md","filePath":"api/ir/interfaces/FlatTensorHeader.md"}');
const _sfc_main = { name: "api/ir/interfaces/FlatTensorHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / FlatTensorHeader</p><h1 id="interface-flattensorheader" tabindex="-1">Interface: FlatTensorHeader <a class="header-anchor" href="#interface-flattensorheader" aria-label="Permalink to &quot;Interface: FlatTensorHeader&quot;">​</a></h1><p>Defined in: packages/ir/src/headers.ts:109</p><p>The <code>FH01</code> header of a <code>.ptd</code> file (spliced in at byte 8).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="flatbufferoffset" tabindex="-1">flatbufferOffset <a class="header-anchor" href="#flatbufferoffset" aria-label="Permalink to &quot;flatbufferOffset&quot;">​</a></h3><blockquote><p><strong>flatbufferOffset</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:112</p><p>Padded header length: the flatbuffer region is <code>[0, flatbufferOffset + flatbufferSize)</code>.</p><hr><h3 id="flatbuffersize" tabindex="-1">flatbufferSize <a class="header-anchor" href="#flatbuffersize" aria-label="Permalink to &quot;flatbufferSize&quot;">​</a></h3><blockquote><p><strong>flatbufferSize</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:114</p><p>Size of the flatbuffer before the header was inserted.</p><hr><h3 id="length" tabindex="-1">length <a class="header-anchor" href="#length" aria-label="Permalink to &quot;length&quot;">​</a></h3><blockquote><p><strong>length</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:110</p><hr><h3 id="segmentbaseoffset" tabindex="-1">segmentBaseOffset <a class="header-anchor" href="#segmentbaseoffset" aria-label="Permalink to &quot;segmentBaseOffset&quot;">​</a></h3><blockquote><p><strong>segmentBaseOffset</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:115</p><hr><h3 id="segmentdatasize" tabindex="-1">segmentDataSize <a class="header-anchor" href="#segmentdatasize" aria-label="Permalink to &quot;segmentDataSize&quot;">​</a></h3><blockquote><p><strong>segmentDataSize</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:116</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/FlatTensorHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FlatTensorHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FlatTensorHeader as default
};
