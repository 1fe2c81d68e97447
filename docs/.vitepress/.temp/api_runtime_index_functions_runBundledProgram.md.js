import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: runBundledProgram()","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/functions/runBundledProgram.md","filePath":"api/runtime/index/functions/runBundledProgram.md"}');
const _sfc_main = { name: "api/runtime/index/functions/runBundledProgram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / runBundledProgram</p><h1 id="function-runbundledprogram" tabindex="-1">Function: runBundledProgram() <a class="header-anchor" href="#function-runbundledprogram" aria-label="Permalink to &quot;Function: runBundledProgram()&quot;">​</a></h1><blockquote><p><strong>runBundledProgram</strong>(<code>bytes</code>, <code>options?</code>): <code>Promise</code>&lt;<a href="./../interfaces/BundledReport.html"><code>BundledReport</code></a>&gt;</p></blockquote><p>Defined in: runtime/src/bundled.ts:152</p><p>Runs every test case of a bundled program (<code>.bpte</code>): extracts the wrapped program, runs each case&#39;s method on its inputs and compares the outputs with the expected ones (see <a href="./../variables/BUNDLED_DEFAULT_TOLERANCE.html">BUNDLED_DEFAULT_TOLERANCE</a>). A case that throws fails with the error attached; a malformed bundle or a method that cannot load throws a <code>KindlingError</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>ArrayBuffer</code> | <code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/RunBundledOptions.html"><code>RunBundledOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/BundledReport.html"><code>BundledReport</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/functions/runBundledProgram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const runBundledProgram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  runBundledProgram as default
};
