import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: selectKernels()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cli/functions/selectKernels.md","filePath":"api/cli/functions/selectKernels.md"}');
const _sfc_main = { name: "api/cli/functions/selectKernels.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/cli</a> / selectKernels</p><h1 id="function-selectkernels" tabindex="-1">Function: selectKernels() <a class="header-anchor" href="#function-selectkernels" aria-label="Permalink to &quot;Function: selectKernels()&quot;">​</a></h1><blockquote><p><strong>selectKernels</strong>(<code>programs</code>): <a href="./../interfaces/KernelSelection.html"><code>KernelSelection</code></a></p></blockquote><p>Defined in: select.ts:35</p><p>The portable kernels <code>programs</code> need: the operators of every method (delegated parts are left to their backends), each mapped to the kernels of <code>@kindling/runtime/kernels</code> that implement it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="programs" tabindex="-1">programs <a class="header-anchor" href="#programs" aria-label="Permalink to &quot;programs&quot;">​</a></h3><p>readonly <a href="./../../ir/classes/PteFile.html"><code>PteFile</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/KernelSelection.html"><code>KernelSelection</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/selectKernels.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const selectKernels = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  selectKernels as default
};
