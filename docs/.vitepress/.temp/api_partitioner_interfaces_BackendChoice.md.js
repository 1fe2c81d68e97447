import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BackendChoice","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/BackendChoice.md","filePath":"api/partitioner/interfaces/BackendChoice.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/BackendChoice.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / BackendChoice</p><h1 id="interface-backendchoice" tabindex="-1">Interface: BackendChoice <a class="header-anchor" href="#interface-backendchoice" aria-label="Permalink to &quot;Interface: BackendChoice&quot;">​</a></h1><p>Defined in: partitioner/src/backend-lowering.ts:92</p><p>A lowering with the compile specs to pass to it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="compilespecs" tabindex="-1">compileSpecs? <a class="header-anchor" href="#compilespecs" aria-label="Permalink to &quot;compileSpecs?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>compileSpecs?</strong>: readonly <a href="./../../core/interfaces/CompileSpec.html"><code>CompileSpec</code></a>[]</p></blockquote><p>Defined in: partitioner/src/backend-lowering.ts:94</p><hr><h3 id="lowering" tabindex="-1">lowering <a class="header-anchor" href="#lowering" aria-label="Permalink to &quot;lowering&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>lowering</strong>: <a href="./BackendLoweringV1.html"><code>BackendLoweringV1</code></a></p></blockquote><p>Defined in: partitioner/src/backend-lowering.ts:93</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/BackendChoice.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendChoice = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendChoice as default
};
