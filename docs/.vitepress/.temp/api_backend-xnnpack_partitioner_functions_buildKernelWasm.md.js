import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: buildKernelWasm()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/buildKernelWasm.md","filePath":"api/backend-xnnpack/partitioner/functions/buildKernelWasm.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/buildKernelWasm.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / buildKernelWasm</p><h1 id="function-buildkernelwasm" tabindex="-1">Function: buildKernelWasm() <a class="header-anchor" href="#function-buildkernelwasm" aria-label="Permalink to &quot;Function: buildKernelWasm()&quot;">​</a></h1><blockquote><p><strong>buildKernelWasm</strong>(<code>payloads</code>, <code>build?</code>): <code>Promise</code>&lt;<a href="./../interfaces/KernelWasmSelection.html"><code>KernelWasmSelection</code></a>&gt;</p></blockquote><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:111</p><p>The kernel build <code>build</code> (default <code>simd</code>, which every engine with WebAssembly SIMD runs) with only the kernels <code>payloads</code> call: give it to <code>xnnpack({ wasm })</code>. The delegate checks at load time that a build has every kernel a graph takes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="payloads" tabindex="-1">payloads <a class="header-anchor" href="#payloads" aria-label="Permalink to &quot;payloads&quot;">​</a></h3><p>readonly <a href="./../interfaces/XnnpackDelegatePayload.html"><code>XnnpackDelegatePayload</code></a>[]</p><h3 id="build" tabindex="-1">build? <a class="header-anchor" href="#build" aria-label="Permalink to &quot;build?&quot;">​</a></h3><p><a href="./../../index/type-aliases/KernelBuildName.html"><code>KernelBuildName</code></a> = <code>&#39;simd&#39;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/KernelWasmSelection.html"><code>KernelWasmSelection</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/buildKernelWasm.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const buildKernelWasm = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  buildKernelWasm as default
};
