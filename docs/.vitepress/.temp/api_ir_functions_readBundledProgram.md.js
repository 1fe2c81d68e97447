import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: readBundledProgram()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/readBundledProgram.md","filePath":"api/ir/functions/readBundledProgram.md"}');
const _sfc_main = { name: "api/ir/functions/readBundledProgram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / readBundledProgram</p><h1 id="function-readbundledprogram" tabindex="-1">Function: readBundledProgram() <a class="header-anchor" href="#function-readbundledprogram" aria-label="Permalink to &quot;Function: readBundledProgram()&quot;">​</a></h1><blockquote><p><strong>readBundledProgram</strong>(<code>bytes</code>): <a href="./../interfaces/BundledProgramData.html"><code>BundledProgramData</code></a></p></blockquote><p>Defined in: packages/ir/src/bundled-program.ts:81</p><p>Reads a bundled program. The wrapped program is returned as bytes; read it with <code>PteFile.read</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/BundledProgramData.html"><code>BundledProgramData</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/readBundledProgram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const readBundledProgram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  readBundledProgram as default
};
