import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: operatorRequirement()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/functions/operatorRequirement.md","filePath":"api/backend-test-suite/index/functions/operatorRequirement.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/functions/operatorRequirement.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / operatorRequirement</p><h1 id="function-operatorrequirement" tabindex="-1">Function: operatorRequirement() <a class="header-anchor" href="#function-operatorrequirement" aria-label="Permalink to &quot;Function: operatorRequirement()&quot;">​</a></h1><blockquote><p><strong>operatorRequirement</strong>(<code>op</code>): <code>string</code></p></blockquote><p>Defined in: capabilities.ts:10</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="op" tabindex="-1">op <a class="header-anchor" href="#op" aria-label="Permalink to &quot;op&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/functions/operatorRequirement.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const operatorRequirement = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  operatorRequirement as default
};
