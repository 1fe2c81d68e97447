import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: selectKernelVariant()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/kernels/functions/selectKernelVariant.md","filePath":"api/backend-xnnpack/kernels/functions/selectKernelVariant.md"}');
const _sfc_main = { name: "api/backend-xnnpack/kernels/functions/selectKernelVariant.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">kernels</a> / selectKernelVariant</p><h1 id="function-selectkernelvariant" tabindex="-1">Function: selectKernelVariant() <a class="header-anchor" href="#function-selectkernelvariant" aria-label="Permalink to &quot;Function: selectKernelVariant()&quot;">​</a></h1><blockquote><p><strong>selectKernelVariant</strong>(<code>variant</code>): <a href="./../../index/type-aliases/KernelVariant.html"><code>KernelVariant</code></a> | <code>null</code></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/index.ts:70</p><p>Overrides the selection for the delegates loaded afterwards (tests and benchmarks): <code>&#39;ts&#39;</code> disables the WebAssembly kernels, <code>&#39;auto&#39;</code> probes again. Returns the variant now in effect.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="variant" tabindex="-1">variant <a class="header-anchor" href="#variant" aria-label="Permalink to &quot;variant&quot;">​</a></h3><p><a href="./../../index/type-aliases/KernelVariant.html"><code>KernelVariant</code></a> | <code>&quot;ts&quot;</code> | <code>&quot;auto&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../index/type-aliases/KernelVariant.html"><code>KernelVariant</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/kernels/functions/selectKernelVariant.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const selectKernelVariant = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  selectKernelVariant as default
};
