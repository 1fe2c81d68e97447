import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isKernelRegistry()","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/functions/isKernelRegistry.md","filePath":"api/runtime/index/functions/isKernelRegistry.md"}');
const _sfc_main = { name: "api/runtime/index/functions/isKernelRegistry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / isKernelRegistry</p><h1 id="function-iskernelregistry" tabindex="-1">Function: isKernelRegistry() <a class="header-anchor" href="#function-iskernelregistry" aria-label="Permalink to &quot;Function: isKernelRegistry()&quot;">​</a></h1><blockquote><p><strong>isKernelRegistry</strong>(<code>value</code>): <code>value is KernelRegistry</code></p></blockquote><p>Defined in: runtime/src/kernel-registry.ts:83</p><p>True when <code>value</code> is a <a href="./../interfaces/KernelRegistry.html">KernelRegistry</a> (rather than a list of kernels).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>value is KernelRegistry</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/functions/isKernelRegistry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isKernelRegistry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isKernelRegistry as default
};
