import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: importedKernelNames()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cli/functions/importedKernelNames.md","filePath":"api/cli/functions/importedKernelNames.md"}');
const _sfc_main = { name: "api/cli/functions/importedKernelNames.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/cli</a> / importedKernelNames</p><h1 id="function-importedkernelnames" tabindex="-1">Function: importedKernelNames() <a class="header-anchor" href="#function-importedkernelnames" aria-label="Permalink to &quot;Function: importedKernelNames()&quot;">​</a></h1><blockquote><p><strong>importedKernelNames</strong>(<code>source</code>): <code>Set</code>&lt;<code>string</code>&gt;</p></blockquote><p>Defined in: select.ts:77</p><p>The kernel names a module written by <a href="./renderKernelModule.html">renderKernelModule</a> imports.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Set</code>&lt;<code>string</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/importedKernelNames.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const importedKernelNames = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  importedKernelNames as default
};
