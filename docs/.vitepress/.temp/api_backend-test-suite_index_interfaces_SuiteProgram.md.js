import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SuiteProgram","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/interfaces/SuiteProgram.md","filePath":"api/backend-test-suite/index/interfaces/SuiteProgram.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/interfaces/SuiteProgram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / SuiteProgram</p><h1 id="interface-suiteprogram" tabindex="-1">Interface: SuiteProgram <a class="header-anchor" href="#interface-suiteprogram" aria-label="Permalink to &quot;Interface: SuiteProgram&quot;">​</a></h1><p>Defined in: suite.ts:93</p><p>A program the backend runs: a delegated zoo case as it is, or a portable one after lowering.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="case" tabindex="-1">case <a class="header-anchor" href="#case" aria-label="Permalink to &quot;case&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>case</strong>: <a href="./../../../conformance-zoo/index/interfaces/ManifestCase.html"><code>ManifestCase</code></a></p></blockquote><p>Defined in: suite.ts:94</p><hr><h3 id="lowered" tabindex="-1">lowered <a class="header-anchor" href="#lowered" aria-label="Permalink to &quot;lowered&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>lowered</strong>: <code>boolean</code></p></blockquote><p>Defined in: suite.ts:95</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes() <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes()&quot;">​</a></h3><blockquote><p><strong>bytes</strong>(): <code>Promise</code>&lt;<code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;&gt;</p></blockquote><p>Defined in: suite.ts:97</p><p>The program to load (lowering runs on first use).</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/interfaces/SuiteProgram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SuiteProgram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SuiteProgram as default
};
