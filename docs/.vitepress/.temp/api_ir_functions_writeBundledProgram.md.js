import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: writeBundledProgram()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/writeBundledProgram.md","filePath":"api/ir/functions/writeBundledProgram.md"}');
const _sfc_main = { name: "api/ir/functions/writeBundledProgram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / writeBundledProgram</p><h1 id="function-writebundledprogram" tabindex="-1">Function: writeBundledProgram() <a class="header-anchor" href="#function-writebundledprogram" aria-label="Permalink to &quot;Function: writeBundledProgram()&quot;">​</a></h1><blockquote><p><strong>writeBundledProgram</strong>(<code>data</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: packages/ir/src/bundled-program.ts:152</p><p>Writes a bundled program (<code>BP08</code>); the program bytes are aligned to 32 as the schema requires.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><p><a href="./../interfaces/BundledProgramData.html"><code>BundledProgramData</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/writeBundledProgram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const writeBundledProgram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  writeBundledProgram as default
};
