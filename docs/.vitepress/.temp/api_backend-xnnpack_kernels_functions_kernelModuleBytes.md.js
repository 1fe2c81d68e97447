import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: kernelModuleBytes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/kernels/functions/kernelModuleBytes.md","filePath":"api/backend-xnnpack/kernels/functions/kernelModuleBytes.md"}');
const _sfc_main = { name: "api/backend-xnnpack/kernels/functions/kernelModuleBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">kernels</a> / kernelModuleBytes</p><h1 id="function-kernelmodulebytes" tabindex="-1">Function: kernelModuleBytes() <a class="header-anchor" href="#function-kernelmodulebytes" aria-label="Permalink to &quot;Function: kernelModuleBytes()&quot;">​</a></h1><blockquote><p><strong>kernelModuleBytes</strong>(<code>variant</code>, <code>shared?</code>): <code>Uint8Array</code>&lt;<code>ArrayBuffer</code>&gt;</p></blockquote><p>Defined in: backend-xnnpack/src/wasm/embedded.ts:18</p><p>Bytes of one build (the same bytes as the shipped <code>kernels-&lt;name&gt;.wasm</code>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="variant" tabindex="-1">variant <a class="header-anchor" href="#variant" aria-label="Permalink to &quot;variant&quot;">​</a></h3><p><a href="./../../index/type-aliases/KernelVariant.html"><code>KernelVariant</code></a></p><h3 id="shared" tabindex="-1">shared? <a class="header-anchor" href="#shared" aria-label="Permalink to &quot;shared?&quot;">​</a></h3><p><code>boolean</code> = <code>false</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code>&lt;<code>ArrayBuffer</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/kernels/functions/kernelModuleBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const kernelModuleBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  kernelModuleBytes as default
};
