import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: withoutCapability()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/functions/withoutCapability.md","filePath":"api/backend-test-suite/index/functions/withoutCapability.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/functions/withoutCapability.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / withoutCapability</p><h1 id="function-withoutcapability" tabindex="-1">Function: withoutCapability() <a class="header-anchor" href="#function-withoutcapability" aria-label="Permalink to &quot;Function: withoutCapability()&quot;">​</a></h1><blockquote><p><strong>withoutCapability</strong>(<code>capabilities</code>, <code>requirement</code>): <a href="./../../../core/interfaces/BackendCapabilities.html"><code>BackendCapabilities</code></a></p></blockquote><p>Defined in: capabilities.ts:36</p><p>A copy of <code>capabilities</code> without <code>requirement</code> (e.g. to see which cases depend on it): the operator, dtype or scheme is removed from its list, or the flag turned off.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="capabilities" tabindex="-1">capabilities <a class="header-anchor" href="#capabilities" aria-label="Permalink to &quot;capabilities&quot;">​</a></h3><p><a href="./../../../core/interfaces/BackendCapabilities.html"><code>BackendCapabilities</code></a></p><h3 id="requirement" tabindex="-1">requirement <a class="header-anchor" href="#requirement" aria-label="Permalink to &quot;requirement&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../core/interfaces/BackendCapabilities.html"><code>BackendCapabilities</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/functions/withoutCapability.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const withoutCapability = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  withoutCapability as default
};
