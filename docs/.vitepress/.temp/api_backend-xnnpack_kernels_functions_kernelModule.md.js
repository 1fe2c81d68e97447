import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: kernelModule()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/kernels/functions/kernelModule.md","filePath":"api/backend-xnnpack/kernels/functions/kernelModule.md"}');
const _sfc_main = { name: "api/backend-xnnpack/kernels/functions/kernelModule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">kernels</a> / kernelModule</p><h1 id="function-kernelmodule" tabindex="-1">Function: kernelModule() <a class="header-anchor" href="#function-kernelmodule" aria-label="Permalink to &quot;Function: kernelModule()&quot;">​</a></h1><blockquote><p><strong>kernelModule</strong>(): <a href="./../interfaces/LoadedModule.html"><code>LoadedModule</code></a> | <code>null</code></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/index.ts:53</p><p>The build the delegate picks here (see <code>preferredKernelVariant</code>), compiled synchronously from the embedded bytes; null without WebAssembly SIMD (the TypeScript kernels run).</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LoadedModule.html"><code>LoadedModule</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/kernels/functions/kernelModule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const kernelModule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  kernelModule as default
};
