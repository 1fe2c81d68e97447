import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SuitePlan","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/interfaces/SuitePlan.md","filePath":"api/backend-test-suite/index/interfaces/SuitePlan.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/interfaces/SuitePlan.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / SuitePlan</p><h1 id="interface-suiteplan" tabindex="-1">Interface: SuitePlan <a class="header-anchor" href="#interface-suiteplan" aria-label="Permalink to &quot;Interface: SuitePlan&quot;">​</a></h1><p>Defined in: suite.ts:73</p><p>The checks of one backend.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="backendid" tabindex="-1">backendId <a class="header-anchor" href="#backendid" aria-label="Permalink to &quot;backendId&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>backendId</strong>: <code>string</code></p></blockquote><p>Defined in: suite.ts:74</p><hr><h3 id="capabilities" tabindex="-1">capabilities <a class="header-anchor" href="#capabilities" aria-label="Permalink to &quot;capabilities&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>capabilities</strong>: <a href="./../../../core/interfaces/BackendCapabilities.html"><code>BackendCapabilities</code></a></p></blockquote><p>Defined in: suite.ts:76</p><hr><h3 id="checks" tabindex="-1">checks <a class="header-anchor" href="#checks" aria-label="Permalink to &quot;checks&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>checks</strong>: readonly <a href="./SuiteCheck.html"><code>SuiteCheck</code></a>[]</p></blockquote><p>Defined in: suite.ts:77</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: suite.ts:75</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/interfaces/SuitePlan.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SuitePlan = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SuitePlan as default
};
