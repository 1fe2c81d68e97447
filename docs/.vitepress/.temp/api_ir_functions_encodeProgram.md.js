import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: encodeProgram()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/encodeProgram.md","filePath":"api/ir/functions/encodeProgram.md"}');
const _sfc_main = { name: "api/ir/functions/encodeProgram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / encodeProgram</p><h1 id="function-encodeprogram" tabindex="-1">Function: encodeProgram() <a class="header-anchor" href="#function-encodeprogram" aria-label="Permalink to &quot;Function: encodeProgram()&quot;">​</a></h1><blockquote><p><strong>encodeProgram</strong>(<code>program</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: packages/ir/src/program-encoder.ts:274</p><p>Encodes program data as a <code>Program</code> flatbuffer with identifier <code>ET12</code> (no extended header).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="program" tabindex="-1">program <a class="header-anchor" href="#program" aria-label="Permalink to &quot;program&quot;">​</a></h3><p><a href="./../interfaces/ProgramData.html"><code>ProgramData</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/encodeProgram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const encodeProgram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  encodeProgram as default
};
