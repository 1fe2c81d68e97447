import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: renderKernelModule()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cli/functions/renderKernelModule.md","filePath":"api/cli/functions/renderKernelModule.md"}');
const _sfc_main = { name: "api/cli/functions/renderKernelModule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/cli</a> / renderKernelModule</p><h1 id="function-renderkernelmodule" tabindex="-1">Function: renderKernelModule() <a class="header-anchor" href="#function-renderkernelmodule" aria-label="Permalink to &quot;Function: renderKernelModule()&quot;">​</a></h1><blockquote><p><strong>renderKernelModule</strong>(<code>selection</code>, <code>sources</code>): <code>string</code></p></blockquote><p>Defined in: select.ts:60</p><p>A TypeScript module exporting <code>kernels</code>, the selected portable kernels, imported one by one so that a bundler leaves every other kernel out. <code>sources</code> name the programs in its header.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="selection" tabindex="-1">selection <a class="header-anchor" href="#selection" aria-label="Permalink to &quot;selection&quot;">​</a></h3><p><a href="./../interfaces/KernelSelection.html"><code>KernelSelection</code></a></p><h3 id="sources" tabindex="-1">sources <a class="header-anchor" href="#sources" aria-label="Permalink to &quot;sources&quot;">​</a></h3><p>readonly <code>string</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/renderKernelModule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const renderKernelModule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  renderKernelModule as default
};
