import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: dtypeRequirement()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/functions/dtypeRequirement.md","filePath":"api/backend-test-suite/index/functions/dtypeRequirement.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/functions/dtypeRequirement.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / dtypeRequirement</p><h1 id="function-dtyperequirement" tabindex="-1">Function: dtypeRequirement() <a class="header-anchor" href="#function-dtyperequirement" aria-label="Permalink to &quot;Function: dtypeRequirement()&quot;">​</a></h1><blockquote><p><strong>dtypeRequirement</strong>(<code>dtype</code>): <code>string</code></p></blockquote><p>Defined in: capabilities.ts:11</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="dtype" tabindex="-1">dtype <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/functions/dtypeRequirement.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const dtypeRequirement = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  dtypeRequirement as default
};
