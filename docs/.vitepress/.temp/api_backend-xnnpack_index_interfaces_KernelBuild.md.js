import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernelBuild","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/interfaces/KernelBuild.md","filePath":"api/backend-xnnpack/index/interfaces/KernelBuild.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/interfaces/KernelBuild.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / KernelBuild</p><h1 id="interface-kernelbuild" tabindex="-1">Interface: KernelBuild <a class="header-anchor" href="#interface-kernelbuild" aria-label="Permalink to &quot;Interface: KernelBuild&quot;">​</a></h1><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:403</p><p>One build of the kernels, as asked of a <a href="./../type-aliases/KernelWasmOption.html">KernelWasmOption</a> function.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <a href="./../type-aliases/KernelBuildName.html"><code>KernelBuildName</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:408</p><p><code>variant</code>, plus <code>-shared</code> for the shared build: the stem of its file (<code>kernels-&lt;name&gt;.wasm</code>).</p><hr><h3 id="shared" tabindex="-1">shared <a class="header-anchor" href="#shared" aria-label="Permalink to &quot;shared&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>shared</strong>: <code>boolean</code></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:406</p><p>Whether it imports a shared memory (the thread pool&#39;s build, used with <code>threads</code> &gt; 1).</p><hr><h3 id="variant" tabindex="-1">variant <a class="header-anchor" href="#variant" aria-label="Permalink to &quot;variant&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>variant</strong>: <a href="./../type-aliases/KernelVariant.html"><code>KernelVariant</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:404</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/interfaces/KernelBuild.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelBuild = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelBuild as default
};
