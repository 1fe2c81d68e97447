import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isBackendV1()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/isBackendV1.md","filePath":"api/core/functions/isBackendV1.md"}');
const _sfc_main = { name: "api/core/functions/isBackendV1.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / isBackendV1</p><h1 id="function-isbackendv1" tabindex="-1">Function: isBackendV1() <a class="header-anchor" href="#function-isbackendv1" aria-label="Permalink to &quot;Function: isBackendV1()&quot;">​</a></h1><blockquote><p><strong>isBackendV1</strong>(<code>x</code>): <code>x is BackendV1</code></p></blockquote><p>Defined in: packages/core/src/backend.ts:182</p><p>True when <code>x</code> looks like a runtime backend of interface version 1.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>x is BackendV1</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/isBackendV1.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isBackendV1 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isBackendV1 as default
};
