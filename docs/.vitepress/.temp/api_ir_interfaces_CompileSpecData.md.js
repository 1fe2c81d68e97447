import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CompileSpecData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/CompileSpecData.md","filePath":"api/ir/interfaces/CompileSpecData.md"}');
const _sfc_main = { name: "api/ir/interfaces/CompileSpecData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / CompileSpecData</p><h1 id="interface-compilespecdata" tabindex="-1">Interface: CompileSpecData <a class="header-anchor" href="#interface-compilespecdata" aria-label="Permalink to &quot;Interface: CompileSpecData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:107</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h3><blockquote><p><strong>key</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:108</p><hr><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><blockquote><p><strong>value</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:109</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/CompileSpecData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CompileSpecData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CompileSpecData as default
};
