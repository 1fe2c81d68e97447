import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SuiteBackendOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/interfaces/SuiteBackendOptions.md","filePath":"api/backend-test-suite/index/interfaces/SuiteBackendOptions.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/interfaces/SuiteBackendOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / SuiteBackendOptions</p><h1 id="interface-suitebackendoptions" tabindex="-1">Interface: SuiteBackendOptions <a class="header-anchor" href="#interface-suitebackendoptions" aria-label="Permalink to &quot;Interface: SuiteBackendOptions&quot;">​</a></h1><p>Defined in: suite.ts:19</p><p>Options a backend factory receives from the suite.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="threads" tabindex="-1">threads? <a class="header-anchor" href="#threads" aria-label="Permalink to &quot;threads?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>threads?</strong>: <code>number</code></p></blockquote><p>Defined in: suite.ts:21</p><p>Threads to run on (the suite asks for 2 in its threads checks, when the backend declares threads).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/interfaces/SuiteBackendOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SuiteBackendOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SuiteBackendOptions as default
};
