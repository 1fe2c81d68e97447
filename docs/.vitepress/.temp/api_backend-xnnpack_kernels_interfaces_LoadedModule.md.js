import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LoadedModule","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/kernels/interfaces/LoadedModule.md","filePath":"api/backend-xnnpack/kernels/interfaces/LoadedModule.md"}');
const _sfc_main = { name: "api/backend-xnnpack/kernels/interfaces/LoadedModule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">kernels</a> / LoadedModule</p><h1 id="interface-loadedmodule" tabindex="-1">Interface: LoadedModule <a class="header-anchor" href="#interface-loadedmodule" aria-label="Permalink to &quot;Interface: LoadedModule&quot;">​</a></h1><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:428</p><p>A compiled build of the kernels.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="module" tabindex="-1">module <a class="header-anchor" href="#module" aria-label="Permalink to &quot;module&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>module</strong>: <code>Module</code></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:430</p><hr><h3 id="shared" tabindex="-1">shared? <a class="header-anchor" href="#shared" aria-label="Permalink to &quot;shared?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>shared?</strong>: <code>boolean</code></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:432</p><p>Whether the module imports a shared memory (the thread pool&#39;s build).</p><hr><h3 id="variant" tabindex="-1">variant <a class="header-anchor" href="#variant" aria-label="Permalink to &quot;variant&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>variant</strong>: <a href="./../../index/type-aliases/KernelVariant.html"><code>KernelVariant</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:429</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/kernels/interfaces/LoadedModule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LoadedModule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LoadedModule as default
};
