import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: preferredKernelVariant()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/kernels/functions/preferredKernelVariant.md","filePath":"api/backend-xnnpack/kernels/functions/preferredKernelVariant.md"}');
const _sfc_main = { name: "api/backend-xnnpack/kernels/functions/preferredKernelVariant.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">kernels</a> / preferredKernelVariant</p><h1 id="function-preferredkernelvariant" tabindex="-1">Function: preferredKernelVariant() <a class="header-anchor" href="#function-preferredkernelvariant" aria-label="Permalink to &quot;Function: preferredKernelVariant()&quot;">​</a></h1><blockquote><p><strong>preferredKernelVariant</strong>(): <a href="./../../index/type-aliases/KernelVariant.html"><code>KernelVariant</code></a> | <code>null</code></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:495</p><p>The variant the engine runs best (relaxed SIMD, else SIMD128), null without WebAssembly SIMD (the TypeScript kernels run then), or the one forceKernelVariant set.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../index/type-aliases/KernelVariant.html"><code>KernelVariant</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/kernels/functions/preferredKernelVariant.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const preferredKernelVariant = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  preferredKernelVariant as default
};
