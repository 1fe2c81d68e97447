import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createKernelRegistry()","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/functions/createKernelRegistry.md","filePath":"api/runtime/index/functions/createKernelRegistry.md"}');
const _sfc_main = { name: "api/runtime/index/functions/createKernelRegistry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / createKernelRegistry</p><h1 id="function-createkernelregistry" tabindex="-1">Function: createKernelRegistry() <a class="header-anchor" href="#function-createkernelregistry" aria-label="Permalink to &quot;Function: createKernelRegistry()&quot;">​</a></h1><blockquote><p><strong>createKernelRegistry</strong>(<code>kernels?</code>): <a href="./../interfaces/KernelRegistry.html"><code>KernelRegistry</code></a></p></blockquote><p>Defined in: runtime/src/kernel-registry.ts:63</p><p>Creates a kernel registry from kernel values (see <code>defineKernel</code> in <code>@kindling/core</code>). Nothing is registered globally: pass the registry, or the kernel list itself, to <code>Module.load</code> / <code>Program</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="kernels" tabindex="-1">kernels? <a class="header-anchor" href="#kernels" aria-label="Permalink to &quot;kernels?&quot;">​</a></h3><p><code>Iterable</code>&lt;<a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a>&gt; = <code>[]</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/KernelRegistry.html"><code>KernelRegistry</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/functions/createKernelRegistry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createKernelRegistry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createKernelRegistry as default
};
