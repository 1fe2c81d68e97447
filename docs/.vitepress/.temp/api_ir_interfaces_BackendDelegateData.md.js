import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BackendDelegateData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/BackendDelegateData.md","filePath":"api/ir/interfaces/BackendDelegateData.md"}');
const _sfc_main = { name: "api/ir/interfaces/BackendDelegateData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / BackendDelegateData</p><h1 id="interface-backenddelegatedata" tabindex="-1">Interface: BackendDelegateData <a class="header-anchor" href="#interface-backenddelegatedata" aria-label="Permalink to &quot;Interface: BackendDelegateData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:112</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="compilespecs" tabindex="-1">compileSpecs <a class="header-anchor" href="#compilespecs" aria-label="Permalink to &quot;compileSpecs&quot;">​</a></h3><blockquote><p><strong>compileSpecs</strong>: <a href="./CompileSpecData.html"><code>CompileSpecData</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/program-data.ts:115</p><hr><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><strong>id</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:113</p><hr><h3 id="processed" tabindex="-1">processed <a class="header-anchor" href="#processed" aria-label="Permalink to &quot;processed&quot;">​</a></h3><blockquote><p><strong>processed</strong>: { <code>index</code>: <code>number</code>; <code>location</code>: <a href="./../enumerations/DataLocation.html"><code>DataLocation</code></a>; } | <code>null</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:114</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/BackendDelegateData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendDelegateData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendDelegateData as default
};
