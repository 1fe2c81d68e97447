import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PROGRAM_IDENTIFIER","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/variables/PROGRAM_IDENTIFIER.md","filePath":"api/ir/variables/PROGRAM_IDENTIFIER.md"}');
const _sfc_main = { name: "api/ir/variables/PROGRAM_IDENTIFIER.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / PROGRAM_IDENTIFIER</p><h1 id="variable-program-identifier" tabindex="-1">Variable: PROGRAM_IDENTIFIER <a class="header-anchor" href="#variable-program-identifier" aria-label="Permalink to &quot;Variable: PROGRAM\\_IDENTIFIER&quot;">​</a></h1><blockquote><p><code>const</code> <strong>PROGRAM_IDENTIFIER</strong>: <code>&quot;ET12&quot;</code> = <code>&#39;ET12&#39;</code></p></blockquote><p>Defined in: packages/ir/src/pte-file.ts:10</p><p>The file identifier of program files this library reads and writes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/variables/PROGRAM_IDENTIFIER.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PROGRAM_IDENTIFIER = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PROGRAM_IDENTIFIER as default
};
