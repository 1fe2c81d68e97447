import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: KernelWasmSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/type-aliases/KernelWasmSource.md","filePath":"api/backend-xnnpack/index/type-aliases/KernelWasmSource.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/type-aliases/KernelWasmSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / KernelWasmSource</p><h1 id="type-alias-kernelwasmsource" tabindex="-1">Type Alias: KernelWasmSource <a class="header-anchor" href="#type-alias-kernelwasmsource" aria-label="Permalink to &quot;Type Alias: KernelWasmSource&quot;">​</a></h1><blockquote><p><strong>KernelWasmSource</strong> = <code>URL</code> | <code>string</code> | <code>Response</code> | <code>ArrayBuffer</code> | <code>ArrayBufferView</code> | <code>WebAssembly.Module</code></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:415</p><p>Where a kernel build comes from: a URL (fetched; <code>file:</code> URLs are read from disk in Node, Deno and Bun), a fetch <code>Response</code>, the bytes, or a compiled <code>WebAssembly.Module</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/type-aliases/KernelWasmSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelWasmSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelWasmSource as default
};
