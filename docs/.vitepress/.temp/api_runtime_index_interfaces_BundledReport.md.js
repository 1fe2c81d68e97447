import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BundledReport","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/interfaces/BundledReport.md","filePath":"api/runtime/index/interfaces/BundledReport.md"}');
const _sfc_main = { name: "api/runtime/index/interfaces/BundledReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / BundledReport</p><h1 id="interface-bundledreport" tabindex="-1">Interface: BundledReport <a class="header-anchor" href="#interface-bundledreport" aria-label="Permalink to &quot;Interface: BundledReport&quot;">​</a></h1><p>Defined in: runtime/src/bundled.ts:52</p><p>The result of <a href="./../functions/runBundledProgram.html">runBundledProgram</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cases" tabindex="-1">cases <a class="header-anchor" href="#cases" aria-label="Permalink to &quot;cases&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>cases</strong>: readonly <a href="./BundledCaseResult.html"><code>BundledCaseResult</code></a>[]</p></blockquote><p>Defined in: runtime/src/bundled.ts:55</p><hr><h3 id="passed" tabindex="-1">passed <a class="header-anchor" href="#passed" aria-label="Permalink to &quot;passed&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>passed</strong>: <code>boolean</code></p></blockquote><p>Defined in: runtime/src/bundled.ts:54</p><p>True when every case passed.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/interfaces/BundledReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BundledReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BundledReport as default
};
