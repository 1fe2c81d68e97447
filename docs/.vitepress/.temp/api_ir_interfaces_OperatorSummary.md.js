import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OperatorSummary","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/OperatorSummary.md","filePath":"api/ir/interfaces/OperatorSummary.md"}');
const _sfc_main = { name: "api/ir/interfaces/OperatorSummary.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / OperatorSummary</p><h1 id="interface-operatorsummary" tabindex="-1">Interface: OperatorSummary <a class="header-anchor" href="#interface-operatorsummary" aria-label="Permalink to &quot;Interface: OperatorSummary&quot;">​</a></h1><p>Defined in: packages/ir/src/describe.ts:30</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="count" tabindex="-1">count <a class="header-anchor" href="#count" aria-label="Permalink to &quot;count&quot;">​</a></h3><blockquote><p><strong>count</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/describe.ts:34</p><p>Number of KernelCalls using it.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/describe.ts:32</p><p><code>namespace::name.overload</code>, as kernels are looked up.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/OperatorSummary.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OperatorSummary = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OperatorSummary as default
};
