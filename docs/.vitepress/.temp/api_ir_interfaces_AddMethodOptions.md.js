import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AddMethodOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/AddMethodOptions.md","filePath":"api/ir/interfaces/AddMethodOptions.md"}');
const _sfc_main = { name: "api/ir/interfaces/AddMethodOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / AddMethodOptions</p><h1 id="interface-addmethodoptions" tabindex="-1">Interface: AddMethodOptions <a class="header-anchor" href="#interface-addmethodoptions" aria-label="Permalink to &quot;Interface: AddMethodOptions&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/export-program.ts:110</p><p>Options for <a href="./../classes/ProgramBuilder.html#addmethod">ProgramBuilder.addMethod</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="memoryplan" tabindex="-1">memoryPlan? <a class="header-anchor" href="#memoryplan" aria-label="Permalink to &quot;memoryPlan?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>memoryPlan?</strong>: <a href="./MethodMemoryPlan.html"><code>MethodMemoryPlan</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:112</p><p>Memory plan; default <a href="./../functions/bumpMemoryPlan.html">bumpMemoryPlan</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/AddMethodOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AddMethodOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AddMethodOptions as default
};
