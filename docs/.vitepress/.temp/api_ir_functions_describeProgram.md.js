import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: describeProgram()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/describeProgram.md","filePath":"api/ir/functions/describeProgram.md"}');
const _sfc_main = { name: "api/ir/functions/describeProgram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / describeProgram</p><h1 id="function-describeprogram" tabindex="-1">Function: describeProgram() <a class="header-anchor" href="#function-describeprogram" aria-label="Permalink to &quot;Function: describeProgram()&quot;">​</a></h1><blockquote><p><strong>describeProgram</strong>(<code>file</code>): <a href="./../interfaces/ProgramSummary.html"><code>ProgramSummary</code></a></p></blockquote><p>Defined in: packages/ir/src/describe.ts:204</p><p>Summarises a program: methods, their inputs, outputs, operators and delegates, and storage.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><p><a href="./../classes/PteFile.html"><code>PteFile</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ProgramSummary.html"><code>ProgramSummary</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/describeProgram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const describeProgram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  describeProgram as default
};
