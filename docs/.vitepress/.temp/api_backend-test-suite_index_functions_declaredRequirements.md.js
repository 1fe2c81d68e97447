import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: declaredRequirements()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/functions/declaredRequirements.md","filePath":"api/backend-test-suite/index/functions/declaredRequirements.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/functions/declaredRequirements.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / declaredRequirements</p><h1 id="function-declaredrequirements" tabindex="-1">Function: declaredRequirements() <a class="header-anchor" href="#function-declaredrequirements" aria-label="Permalink to &quot;Function: declaredRequirements()&quot;">​</a></h1><blockquote><p><strong>declaredRequirements</strong>(<code>capabilities</code>): <code>Set</code>&lt;<code>string</code>&gt;</p></blockquote><p>Defined in: capabilities.ts:17</p><p>The requirements a backend with these capabilities satisfies.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="capabilities" tabindex="-1">capabilities <a class="header-anchor" href="#capabilities" aria-label="Permalink to &quot;capabilities&quot;">​</a></h3><p><a href="./../../../core/interfaces/BackendCapabilities.html"><code>BackendCapabilities</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Set</code>&lt;<code>string</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/functions/declaredRequirements.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const declaredRequirements = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  declaredRequirements as default
};
