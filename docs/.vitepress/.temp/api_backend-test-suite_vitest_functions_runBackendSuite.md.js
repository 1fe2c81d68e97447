import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: runBackendSuite()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/vitest/functions/runBackendSuite.md","filePath":"api/backend-test-suite/vitest/functions/runBackendSuite.md"}');
const _sfc_main = { name: "api/backend-test-suite/vitest/functions/runBackendSuite.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">vitest</a> / runBackendSuite</p><h1 id="function-runbackendsuite" tabindex="-1">Function: runBackendSuite() <a class="header-anchor" href="#function-runbackendsuite" aria-label="Permalink to &quot;Function: runBackendSuite()&quot;">​</a></h1><blockquote><p><strong>runBackendSuite</strong>(<code>options</code>): <a href="./../../index/interfaces/SuitePlan.html"><code>SuitePlan</code></a></p></blockquote><p>Defined in: vitest.ts:29</p><p>Registers the suite&#39;s checks as vitest tests, one <code>describe</code> per group; a check the backend&#39;s capabilities rule out is a skipped test whose title says what is missing. Returns the plan.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../../index/interfaces/BackendSuiteOptions.html"><code>BackendSuiteOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../index/interfaces/SuitePlan.html"><code>SuitePlan</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/vitest/functions/runBackendSuite.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const runBackendSuite = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  runBackendSuite as default
};
