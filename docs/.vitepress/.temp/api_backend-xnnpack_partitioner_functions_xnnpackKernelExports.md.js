import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: xnnpackKernelExports()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/xnnpackKernelExports.md","filePath":"api/backend-xnnpack/partitioner/functions/xnnpackKernelExports.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/xnnpackKernelExports.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / xnnpackKernelExports</p><h1 id="function-xnnpackkernelexports" tabindex="-1">Function: xnnpackKernelExports() <a class="header-anchor" href="#function-xnnpackkernelexports" aria-label="Permalink to &quot;Function: xnnpackKernelExports()&quot;">​</a></h1><blockquote><p><strong>xnnpackKernelExports</strong>(<code>payloads</code>, <code>variant?</code>): <code>Promise</code>&lt;<code>string</code>[]&gt;</p></blockquote><p>Defined in: backend-xnnpack/src/tooling/kernel-selection.ts:75</p><p>The exports of the kernel build that <code>payloads</code> call when they run with the <code>variant</code> build (on one thread or several), sorted. Each payload is decoded, validated and built as at load time.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="payloads" tabindex="-1">payloads <a class="header-anchor" href="#payloads" aria-label="Permalink to &quot;payloads&quot;">​</a></h3><p>readonly <a href="./../interfaces/XnnpackDelegatePayload.html"><code>XnnpackDelegatePayload</code></a>[]</p><h3 id="variant" tabindex="-1">variant? <a class="header-anchor" href="#variant" aria-label="Permalink to &quot;variant?&quot;">​</a></h3><p><a href="./../../index/type-aliases/KernelVariant.html"><code>KernelVariant</code></a> = <code>&#39;simd&#39;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>string</code>[]&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/xnnpackKernelExports.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const xnnpackKernelExports = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  xnnpackKernelExports as default
};
