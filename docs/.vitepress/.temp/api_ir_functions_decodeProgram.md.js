import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeProgram()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/decodeProgram.md","filePath":"api/ir/functions/decodeProgram.md"}');
const _sfc_main = { name: "api/ir/functions/decodeProgram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / decodeProgram</p><h1 id="function-decodeprogram" tabindex="-1">Function: decodeProgram() <a class="header-anchor" href="#function-decodeprogram" aria-label="Permalink to &quot;Function: decodeProgram()&quot;">​</a></h1><blockquote><p><strong>decodeProgram</strong>(<code>bytes</code>): <a href="./../interfaces/ProgramData.html"><code>ProgramData</code></a></p></blockquote><p>Defined in: packages/ir/src/program-decoder.ts:184</p><p>Decodes the <code>Program</code> flatbuffer in <code>bytes</code> (the flatbuffer region of a <code>.pte</code>, from byte 0) into plain data. Every read is bounds-checked; decoding work is bounded by a multiple of the size.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ProgramData.html"><code>ProgramData</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/decodeProgram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeProgram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeProgram as default
};
