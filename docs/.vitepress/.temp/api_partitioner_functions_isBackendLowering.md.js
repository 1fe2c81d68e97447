import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isBackendLowering()","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/functions/isBackendLowering.md","filePath":"api/partitioner/functions/isBackendLowering.md"}');
const _sfc_main = { name: "api/partitioner/functions/isBackendLowering.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / isBackendLowering</p><h1 id="function-isbackendlowering" tabindex="-1">Function: isBackendLowering() <a class="header-anchor" href="#function-isbackendlowering" aria-label="Permalink to &quot;Function: isBackendLowering()&quot;">​</a></h1><blockquote><p><strong>isBackendLowering</strong>(<code>x</code>): <code>x is BackendLoweringV1</code></p></blockquote><p>Defined in: partitioner/src/backend-lowering.ts:98</p><p>True when <code>x</code> looks like a <a href="./../interfaces/BackendLoweringV1.html">BackendLoweringV1</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>x is BackendLoweringV1</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/functions/isBackendLowering.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isBackendLowering = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isBackendLowering as default
};
