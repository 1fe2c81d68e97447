import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BackendFactory","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/type-aliases/BackendFactory.md","filePath":"api/backend-test-suite/index/type-aliases/BackendFactory.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/type-aliases/BackendFactory.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / BackendFactory</p><h1 id="type-alias-backendfactory" tabindex="-1">Type Alias: BackendFactory <a class="header-anchor" href="#type-alias-backendfactory" aria-label="Permalink to &quot;Type Alias: BackendFactory&quot;">​</a></h1><blockquote><p><strong>BackendFactory</strong> = (<code>options</code>) =&gt; <a href="./../../../core/interfaces/BackendV1.html"><code>BackendV1</code></a></p></blockquote><p>Defined in: suite.ts:25</p><p>A backend factory: called for the conformance runs and again with <code>threads</code> for the threads checks.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/SuiteBackendOptions.html"><code>SuiteBackendOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../core/interfaces/BackendV1.html"><code>BackendV1</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/type-aliases/BackendFactory.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendFactory = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendFactory as default
};
