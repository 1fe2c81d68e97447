import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernelWasmSelection","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/interfaces/KernelWasmSelection.md","filePath":"api/backend-xnnpack/partitioner/interfaces/KernelWasmSelection.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/interfaces/KernelWasmSelection.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / KernelWasmSelection</p><h1 id="interface-kernelwasmselection" tabindex="-1">Interface: KernelWasmSelection <a class="header-anchor" href="#interface-kernelwasmselection" aria-label="Permalink to &quot;Interface: KernelWasmSelection&quot;">​</a></h1><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:95</p><p>A kernel build pruned to what some programs need (<a href="./../functions/buildKernelWasm.html">buildKernelWasm</a>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="build" tabindex="-1">build <a class="header-anchor" href="#build" aria-label="Permalink to &quot;build&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>build</strong>: <a href="./../../index/type-aliases/KernelBuildName.html"><code>KernelBuildName</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:97</p><p>The build it was pruned from (<code>simd</code>, <code>relaxed-simd</code>, or either with <code>-shared</code>).</p><hr><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>bytes</strong>: <code>Uint8Array</code>&lt;<code>ArrayBuffer</code>&gt;</p></blockquote><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:99</p><p>The module: only <code>exports</code> and what they call, and the section naming the build.</p><hr><h3 id="exports" tabindex="-1">exports <a class="header-anchor" href="#exports" aria-label="Permalink to &quot;exports&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>exports</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:101</p><p>The kernels it exports, sorted.</p><hr><h3 id="fullsize" tabindex="-1">fullSize <a class="header-anchor" href="#fullsize" aria-label="Permalink to &quot;fullSize&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>fullSize</strong>: <code>number</code></p></blockquote><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:103</p><p>Bytes of the full build.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/interfaces/KernelWasmSelection.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelWasmSelection = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelWasmSelection as default
};
