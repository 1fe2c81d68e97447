import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: planBackendSuite()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/functions/planBackendSuite.md","filePath":"api/backend-test-suite/index/functions/planBackendSuite.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/functions/planBackendSuite.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / planBackendSuite</p><h1 id="function-planbackendsuite" tabindex="-1">Function: planBackendSuite() <a class="header-anchor" href="#function-planbackendsuite" aria-label="Permalink to &quot;Function: planBackendSuite()&quot;">​</a></h1><blockquote><p><strong>planBackendSuite</strong>(<code>options</code>): <a href="./../interfaces/SuitePlan.html"><code>SuitePlan</code></a></p></blockquote><p>Defined in: suite.ts:117</p><p>Plans the suite for one backend: a check per zoo case the backend runs (programs ExecuTorch delegated to it, and portable programs lowered with its lowering), the same again on two threads when it declares threads, and the robustness checks. A case whose requirements are not all declared is kept as a skipped check naming what is missing; which cases run never depends on their names.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/BackendSuiteOptions.html"><code>BackendSuiteOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SuitePlan.html"><code>SuitePlan</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/functions/planBackendSuite.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const planBackendSuite = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  planBackendSuite as default
};
