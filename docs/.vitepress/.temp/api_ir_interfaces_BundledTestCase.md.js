import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BundledTestCase","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/BundledTestCase.md","filePath":"api/ir/interfaces/BundledTestCase.md"}');
const _sfc_main = { name: "api/ir/interfaces/BundledTestCase.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / BundledTestCase</p><h1 id="interface-bundledtestcase" tabindex="-1">Interface: BundledTestCase <a class="header-anchor" href="#interface-bundledtestcase" aria-label="Permalink to &quot;Interface: BundledTestCase&quot;">​</a></h1><p>Defined in: packages/ir/src/bundled-program.ts:32</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="expectedoutputs" tabindex="-1">expectedOutputs <a class="header-anchor" href="#expectedoutputs" aria-label="Permalink to &quot;expectedOutputs&quot;">​</a></h3><blockquote><p><strong>expectedOutputs</strong>: <a href="./../type-aliases/BundledValue.html"><code>BundledValue</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/bundled-program.ts:34</p><hr><h3 id="inputs" tabindex="-1">inputs <a class="header-anchor" href="#inputs" aria-label="Permalink to &quot;inputs&quot;">​</a></h3><blockquote><p><strong>inputs</strong>: <a href="./../type-aliases/BundledValue.html"><code>BundledValue</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/bundled-program.ts:33</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/BundledTestCase.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BundledTestCase = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BundledTestCase as default
};
