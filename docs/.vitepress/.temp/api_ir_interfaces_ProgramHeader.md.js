import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProgramHeader","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/ProgramHeader.md","filePath":"api/ir/interfaces/ProgramHeader.md"}');
const _sfc_main = { name: "api/ir/interfaces/ProgramHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ProgramHeader</p><h1 id="interface-programheader" tabindex="-1">Interface: ProgramHeader <a class="header-anchor" href="#interface-programheader" aria-label="Permalink to &quot;Interface: ProgramHeader&quot;">​</a></h1><p>Defined in: packages/ir/src/headers.ts:20</p><p>The <code>eh00</code> extended header of a <code>.pte</code> (spliced in at byte 8, before the flatbuffer body).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="length" tabindex="-1">length <a class="header-anchor" href="#length" aria-label="Permalink to &quot;length&quot;">​</a></h3><blockquote><p><strong>length</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:22</p><p>Header length as stored (24 in old files, 32 now).</p><hr><h3 id="programsize" tabindex="-1">programSize <a class="header-anchor" href="#programsize" aria-label="Permalink to &quot;programSize&quot;">​</a></h3><blockquote><p><strong>programSize</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:24</p><p>Bytes of the flatbuffer region, from file offset 0 (includes the header).</p><hr><h3 id="segmentbaseoffset" tabindex="-1">segmentBaseOffset <a class="header-anchor" href="#segmentbaseoffset" aria-label="Permalink to &quot;segmentBaseOffset&quot;">​</a></h3><blockquote><p><strong>segmentBaseOffset</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:26</p><p>Absolute offset of the first segment; 0 when there are none.</p><hr><h3 id="segmentdatasize" tabindex="-1">segmentDataSize <a class="header-anchor" href="#segmentdatasize" aria-label="Permalink to &quot;segmentDataSize&quot;">​</a></h3><blockquote><p><strong>segmentDataSize</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:28</p><p>Bytes of segment data (0 in 24-byte headers, which do not store it).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/ProgramHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProgramHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProgramHeader as default
};
