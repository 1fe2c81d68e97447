import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: embeddedKernels()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/embedded/functions/embeddedKernels.md","filePath":"api/backend-xnnpack/embedded/functions/embeddedKernels.md"}');
const _sfc_main = { name: "api/backend-xnnpack/embedded/functions/embeddedKernels.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">embedded</a> / embeddedKernels</p><h1 id="function-embeddedkernels" tabindex="-1">Function: embeddedKernels() <a class="header-anchor" href="#function-embeddedkernels" aria-label="Permalink to &quot;Function: embeddedKernels()&quot;">​</a></h1><blockquote><p><strong>embeddedKernels</strong>(<code>build</code>): <code>Uint8Array</code>&lt;<code>ArrayBuffer</code>&gt;</p></blockquote><p>Defined in: backend-xnnpack/src/wasm/embedded.ts:28</p><p>The kernel builds inside the JavaScript, for apps that must be one file (no <code>.wasm</code> to serve): <code>xnnpack({ wasm: embeddedKernels })</code>. Only the build the engine uses is decoded and compiled.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="build" tabindex="-1">build <a class="header-anchor" href="#build" aria-label="Permalink to &quot;build&quot;">​</a></h3><p><a href="./../../index/interfaces/KernelBuild.html"><code>KernelBuild</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code>&lt;<code>ArrayBuffer</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/embedded/functions/embeddedKernels.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const embeddedKernels = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  embeddedKernels as default
};
