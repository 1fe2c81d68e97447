import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseProgramHeader()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/parseProgramHeader.md","filePath":"api/ir/functions/parseProgramHeader.md"}');
const _sfc_main = { name: "api/ir/functions/parseProgramHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / parseProgramHeader</p><h1 id="function-parseprogramheader" tabindex="-1">Function: parseProgramHeader() <a class="header-anchor" href="#function-parseprogramheader" aria-label="Permalink to &quot;Function: parseProgramHeader()&quot;">​</a></h1><blockquote><p><strong>parseProgramHeader</strong>(<code>head</code>, <code>fileSize</code>): <a href="./../interfaces/ProgramHeader.html"><code>ProgramHeader</code></a> | <code>null</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:39</p><p>Parses the <code>eh00</code> header from the first bytes of a file (at least 8). Returns <code>null</code> when there is no header (the whole file is then the flatbuffer). Checks lengths against <code>fileSize</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="head" tabindex="-1">head <a class="header-anchor" href="#head" aria-label="Permalink to &quot;head&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="filesize" tabindex="-1">fileSize <a class="header-anchor" href="#filesize" aria-label="Permalink to &quot;fileSize&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ProgramHeader.html"><code>ProgramHeader</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/parseProgramHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseProgramHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseProgramHeader as default
};
