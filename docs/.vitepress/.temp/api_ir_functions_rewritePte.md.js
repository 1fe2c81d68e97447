import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: rewritePte()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/rewritePte.md","filePath":"api/ir/functions/rewritePte.md"}');
const _sfc_main = { name: "api/ir/functions/rewritePte.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / rewritePte</p><h1 id="function-rewritepte" tabindex="-1">Function: rewritePte() <a class="header-anchor" href="#function-rewritepte" aria-label="Permalink to &quot;Function: rewritePte()&quot;">​</a></h1><blockquote><p><strong>rewritePte</strong>(<code>file</code>, <code>options?</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: packages/ir/src/pte-writer.ts:68</p><p>Re-writes a file read with <code>PteFile.read</code>, keeping its program and segment contents.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><p><a href="./../classes/PteFile.html"><code>PteFile</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/WritePteOptions.html"><code>WritePteOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/rewritePte.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const rewritePte = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  rewritePte as default
};
