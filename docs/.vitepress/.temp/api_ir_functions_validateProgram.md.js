import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: validateProgram()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/validateProgram.md","filePath":"api/ir/functions/validateProgram.md"}');
const _sfc_main = { name: "api/ir/functions/validateProgram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / validateProgram</p><h1 id="function-validateprogram" tabindex="-1">Function: validateProgram() <a class="header-anchor" href="#function-validateprogram" aria-label="Permalink to &quot;Function: validateProgram()&quot;">​</a></h1><blockquote><p><strong>validateProgram</strong>(<code>program</code>, <code>seg</code>): <code>void</code></p></blockquote><p>Defined in: packages/ir/src/validate-program.ts:192</p><p>Checks every index, offset and size in a decoded program against the program itself and the file&#39;s segments, so that later stages can use them without further checks. Throws a <code>KindlingError</code> (<code>InvalidProgram</code>) naming the first problem and where it is.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="program" tabindex="-1">program <a class="header-anchor" href="#program" aria-label="Permalink to &quot;program&quot;">​</a></h3><p><a href="./../interfaces/ProgramData.html"><code>ProgramData</code></a></p><h3 id="seg" tabindex="-1">seg <a class="header-anchor" href="#seg" aria-label="Permalink to &quot;seg&quot;">​</a></h3><p><code>SegmentBounds</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/validateProgram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const validateProgram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  validateProgram as default
};
