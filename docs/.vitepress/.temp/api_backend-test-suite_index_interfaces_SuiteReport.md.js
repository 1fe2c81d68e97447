import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SuiteReport","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/interfaces/SuiteReport.md","filePath":"api/backend-test-suite/index/interfaces/SuiteReport.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/interfaces/SuiteReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / SuiteReport</p><h1 id="interface-suitereport" tabindex="-1">Interface: SuiteReport <a class="header-anchor" href="#interface-suitereport" aria-label="Permalink to &quot;Interface: SuiteReport&quot;">​</a></h1><p>Defined in: runner.ts:13</p><p>What <a href="./../functions/runBackendSuiteInNode.html">runBackendSuiteInNode</a> returns.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="backendid" tabindex="-1">backendId <a class="header-anchor" href="#backendid" aria-label="Permalink to &quot;backendId&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>backendId</strong>: <code>string</code></p></blockquote><p>Defined in: runner.ts:14</p><hr><h3 id="failed" tabindex="-1">failed <a class="header-anchor" href="#failed" aria-label="Permalink to &quot;failed&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>failed</strong>: <code>number</code></p></blockquote><p>Defined in: runner.ts:16</p><hr><h3 id="outcomes" tabindex="-1">outcomes <a class="header-anchor" href="#outcomes" aria-label="Permalink to &quot;outcomes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>outcomes</strong>: readonly <a href="./CheckOutcome.html"><code>CheckOutcome</code></a>[]</p></blockquote><p>Defined in: runner.ts:18</p><hr><h3 id="passed" tabindex="-1">passed <a class="header-anchor" href="#passed" aria-label="Permalink to &quot;passed&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>passed</strong>: <code>number</code></p></blockquote><p>Defined in: runner.ts:15</p><hr><h3 id="skipped" tabindex="-1">skipped <a class="header-anchor" href="#skipped" aria-label="Permalink to &quot;skipped&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>skipped</strong>: <code>number</code></p></blockquote><p>Defined in: runner.ts:17</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/interfaces/SuiteReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SuiteReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SuiteReport as default
};
