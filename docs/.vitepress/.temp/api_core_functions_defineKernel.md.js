import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: defineKernel()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/defineKernel.md","filePath":"api/core/functions/defineKernel.md"}');
const _sfc_main = { name: "api/core/functions/defineKernel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / defineKernel</p><h1 id="function-definekernel" tabindex="-1">Function: defineKernel() <a class="header-anchor" href="#function-definekernel" aria-label="Permalink to &quot;Function: defineKernel()&quot;">​</a></h1><blockquote><p><strong>defineKernel</strong>(<code>descriptor</code>): <a href="./../interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: packages/core/src/kernel.ts:31</p><p>Define a kernel (an identity function that checks the descriptor&#39;s type).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="descriptor" tabindex="-1">descriptor <a class="header-anchor" href="#descriptor" aria-label="Permalink to &quot;descriptor&quot;">​</a></h3><p><a href="./../interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/defineKernel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defineKernel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defineKernel as default
};
