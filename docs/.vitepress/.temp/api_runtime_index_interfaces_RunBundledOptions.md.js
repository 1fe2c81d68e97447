import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunBundledOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/interfaces/RunBundledOptions.md","filePath":"api/runtime/index/interfaces/RunBundledOptions.md"}');
const _sfc_main = { name: "api/runtime/index/interfaces/RunBundledOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / RunBundledOptions</p><h1 id="interface-runbundledoptions" tabindex="-1">Interface: RunBundledOptions <a class="header-anchor" href="#interface-runbundledoptions" aria-label="Permalink to &quot;Interface: RunBundledOptions&quot;">​</a></h1><p>Defined in: runtime/src/bundled.ts:27</p><p>Options for <a href="./../functions/runBundledProgram.html">runBundledProgram</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="atol" tabindex="-1">atol? <a class="header-anchor" href="#atol" aria-label="Permalink to &quot;atol?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>atol?</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/bundled.ts:32</p><p>Absolute tolerance (default 1e-5).</p><hr><h3 id="backendoptions" tabindex="-1">backendOptions? <a class="header-anchor" href="#backendoptions" aria-label="Permalink to &quot;backendOptions?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>backendOptions?</strong>: <a href="./../../../core/type-aliases/BackendOptions.html"><code>BackendOptions</code></a></p></blockquote><p>Defined in: runtime/src/bundled.ts:30</p><hr><h3 id="backends" tabindex="-1">backends? <a class="header-anchor" href="#backends" aria-label="Permalink to &quot;backends?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>backends?</strong>: readonly <a href="./../../../core/interfaces/BackendV1.html"><code>BackendV1</code></a>[]</p></blockquote><p>Defined in: runtime/src/bundled.ts:29</p><hr><h3 id="kernels" tabindex="-1">kernels? <a class="header-anchor" href="#kernels" aria-label="Permalink to &quot;kernels?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>kernels?</strong>: <a href="./KernelRegistry.html"><code>KernelRegistry</code></a> | <code>Iterable</code>&lt;<a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a>, <code>any</code>, <code>any</code>&gt;</p></blockquote><p>Defined in: runtime/src/bundled.ts:28</p><hr><h3 id="rtol" tabindex="-1">rtol? <a class="header-anchor" href="#rtol" aria-label="Permalink to &quot;rtol?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>rtol?</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/bundled.ts:34</p><p>Relative tolerance (default 1e-5).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/interfaces/RunBundledOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunBundledOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunBundledOptions as default
};
