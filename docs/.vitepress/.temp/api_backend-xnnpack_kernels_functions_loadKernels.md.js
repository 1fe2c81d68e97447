import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: loadKernels()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/kernels/functions/loadKernels.md","filePath":"api/backend-xnnpack/kernels/functions/loadKernels.md"}');
const _sfc_main = { name: "api/backend-xnnpack/kernels/functions/loadKernels.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">kernels</a> / loadKernels</p><h1 id="function-loadkernels" tabindex="-1">Function: loadKernels() <a class="header-anchor" href="#function-loadkernels" aria-label="Permalink to &quot;Function: loadKernels()&quot;">​</a></h1><blockquote><p><strong>loadKernels</strong>(<code>option</code>, <code>shared</code>): <code>Promise</code>&lt;<a href="./../interfaces/LoadedModule.html"><code>LoadedModule</code></a> | <code>null</code>&gt;</p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:674</p><p>The kernels a delegate runs: the build <code>option</code> gives (default: the file shipped with this package for the variant the engine runs best), compiled once per process and source. <code>shared</code> asks for the thread pool&#39;s build; null when there is none (the delegate then runs on one thread) or, with the shipped files, when the engine has no WebAssembly SIMD (TypeScript kernels).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="option" tabindex="-1">option <a class="header-anchor" href="#option" aria-label="Permalink to &quot;option&quot;">​</a></h3><p><a href="./../../index/type-aliases/KernelWasmOption.html"><code>KernelWasmOption</code></a> | <code>undefined</code></p><h3 id="shared" tabindex="-1">shared <a class="header-anchor" href="#shared" aria-label="Permalink to &quot;shared&quot;">​</a></h3><p><code>boolean</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/LoadedModule.html"><code>LoadedModule</code></a> | <code>null</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/kernels/functions/loadKernels.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const loadKernels = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  loadKernels as default
};
