import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: KernelWasmOption","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/type-aliases/KernelWasmOption.md","filePath":"api/backend-xnnpack/index/type-aliases/KernelWasmOption.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/type-aliases/KernelWasmOption.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / KernelWasmOption</p><h1 id="type-alias-kernelwasmoption" tabindex="-1">Type Alias: KernelWasmOption <a class="header-anchor" href="#type-alias-kernelwasmoption" aria-label="Permalink to &quot;Type Alias: KernelWasmOption&quot;">​</a></h1><blockquote><p><strong>KernelWasmOption</strong> = <a href="./KernelWasmSource.html"><code>KernelWasmSource</code></a> | ((<code>build</code>) =&gt; <a href="./KernelWasmSource.html"><code>KernelWasmSource</code></a> | <code>null</code> | <code>PromiseLike</code>&lt;<a href="./KernelWasmSource.html"><code>KernelWasmSource</code></a> | <code>null</code>&gt;)</p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:423</p><p>The kernels&#39; WebAssembly for <code>xnnpack({ wasm })</code>: one source (used whatever the engine supports; the build it is, named in the file, decides how the kernels run), or a function that returns the source of the build the engine will use (<code>null</code>: none; for the shared build, the delegate then runs on one thread).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/type-aliases/KernelWasmOption.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelWasmOption = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelWasmOption as default
};
