import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProgramBuilderOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/ProgramBuilderOptions.md","filePath":"api/ir/interfaces/ProgramBuilderOptions.md"}');
const _sfc_main = { name: "api/ir/interfaces/ProgramBuilderOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ProgramBuilderOptions</p><h1 id="interface-programbuilderoptions" tabindex="-1">Interface: ProgramBuilderOptions <a class="header-anchor" href="#interface-programbuilderoptions" aria-label="Permalink to &quot;Interface: ProgramBuilderOptions&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/export-program.ts:102</p><p>Options for <a href="./../classes/ProgramBuilder.html">ProgramBuilder</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dedupeconstants" tabindex="-1">dedupeConstants? <a class="header-anchor" href="#dedupeconstants" aria-label="Permalink to &quot;dedupeConstants?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>dedupeConstants?</strong>: <code>boolean</code></p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:106</p><p>Share one copy of identical constant tensors (default <code>true</code>, as ExecuTorch does).</p><hr><h3 id="schemas" tabindex="-1">schemas? <a class="header-anchor" href="#schemas" aria-label="Permalink to &quot;schemas?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>schemas?</strong>: <a href="./../classes/SchemaRegistry.html"><code>SchemaRegistry</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:104</p><p>Schema table (default: built-in).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/ProgramBuilderOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProgramBuilderOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProgramBuilderOptions as default
};
