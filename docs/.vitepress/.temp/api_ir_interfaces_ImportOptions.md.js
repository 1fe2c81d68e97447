import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ImportOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/ImportOptions.md","filePath":"api/ir/interfaces/ImportOptions.md"}');
const _sfc_main = { name: "api/ir/interfaces/ImportOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ImportOptions</p><h1 id="interface-importoptions" tabindex="-1">Interface: ImportOptions <a class="header-anchor" href="#interface-importoptions" aria-label="Permalink to &quot;Interface: ImportOptions&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/import-program.ts:27</p><p>Options for <a href="./../functions/importMethod.html">importMethod</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="schemas" tabindex="-1">schemas? <a class="header-anchor" href="#schemas" aria-label="Permalink to &quot;schemas?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>schemas?</strong>: <a href="./../classes/SchemaRegistry.html"><code>SchemaRegistry</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/import-program.ts:29</p><p>Schema table to use (default: the built-in table).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/ImportOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ImportOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ImportOptions as default
};
