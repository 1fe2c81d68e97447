import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: importProgram()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/importProgram.md","filePath":"api/ir/functions/importProgram.md"}');
const _sfc_main = { name: "api/ir/functions/importProgram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / importProgram</p><h1 id="function-importprogram" tabindex="-1">Function: importProgram() <a class="header-anchor" href="#function-importprogram" aria-label="Permalink to &quot;Function: importProgram()&quot;">​</a></h1><blockquote><p><strong>importProgram</strong>(<code>source</code>, <code>options?</code>): <a href="./../classes/Graph.html"><code>Graph</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/graph/import-program.ts:387</p><p>Imports every method of a program, in file order.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><p><a href="./../interfaces/ProgramSource.html"><code>ProgramSource</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ImportOptions.html"><code>ImportOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../classes/Graph.html"><code>Graph</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/importProgram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const importProgram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  importProgram as default
};
