import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BundledTestSuite","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/BundledTestSuite.md","filePath":"api/ir/interfaces/BundledTestSuite.md"}');
const _sfc_main = { name: "api/ir/interfaces/BundledTestSuite.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / BundledTestSuite</p><h1 id="interface-bundledtestsuite" tabindex="-1">Interface: BundledTestSuite <a class="header-anchor" href="#interface-bundledtestsuite" aria-label="Permalink to &quot;Interface: BundledTestSuite&quot;">​</a></h1><p>Defined in: packages/ir/src/bundled-program.ts:37</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="methodname" tabindex="-1">methodName <a class="header-anchor" href="#methodname" aria-label="Permalink to &quot;methodName&quot;">​</a></h3><blockquote><p><strong>methodName</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/bundled-program.ts:38</p><hr><h3 id="testcases" tabindex="-1">testCases <a class="header-anchor" href="#testcases" aria-label="Permalink to &quot;testCases&quot;">​</a></h3><blockquote><p><strong>testCases</strong>: <a href="./BundledTestCase.html"><code>BundledTestCase</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/bundled-program.ts:39</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/BundledTestSuite.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BundledTestSuite = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BundledTestSuite as default
};
