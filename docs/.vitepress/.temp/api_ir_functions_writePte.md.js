import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: writePte()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/writePte.md","filePath":"api/ir/functions/writePte.md"}');
const _sfc_main = { name: "api/ir/functions/writePte.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / writePte</p><h1 id="function-writepte" tabindex="-1">Function: writePte() <a class="header-anchor" href="#function-writepte" aria-label="Permalink to &quot;Function: writePte()&quot;">​</a></h1><blockquote><p><strong>writePte</strong>(<code>program</code>, <code>segmentData</code>, <code>options?</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: packages/ir/src/pte-writer.ts:22</p><p>Writes a <code>.pte</code>: the program flatbuffer, then (when any segment holds bytes) the <code>eh00</code> extended header spliced in after the 8-byte prefix, zero padding to the segment base, and the segments, each starting at a multiple of <code>segmentAlignment</code>. <code>segmentData[i]</code> is the content of segment <code>i</code>; the program&#39;s <code>segments</code> table is rewritten to match.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="program" tabindex="-1">program <a class="header-anchor" href="#program" aria-label="Permalink to &quot;program&quot;">​</a></h3><p><a href="./../interfaces/ProgramData.html"><code>ProgramData</code></a></p><h3 id="segmentdata" tabindex="-1">segmentData <a class="header-anchor" href="#segmentdata" aria-label="Permalink to &quot;segmentData&quot;">​</a></h3><p>readonly <code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;[]</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/WritePteOptions.html"><code>WritePteOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/writePte.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const writePte = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  writePte as default
};
