import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: pruneWasm()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/pruneWasm.md","filePath":"api/backend-xnnpack/partitioner/functions/pruneWasm.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/pruneWasm.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / pruneWasm</p><h1 id="function-prunewasm" tabindex="-1">Function: pruneWasm() <a class="header-anchor" href="#function-prunewasm" aria-label="Permalink to &quot;Function: pruneWasm()&quot;">​</a></h1><blockquote><p><strong>pruneWasm</strong>(<code>bytes</code>, <code>keep</code>): <code>Uint8Array</code>&lt;<code>ArrayBuffer</code>&gt;</p></blockquote><p>Defined in: backend-xnnpack/src/tooling/wasm-prune.ts:266</p><p><code>bytes</code> with only the function exports <code>keep</code> and the functions they reach. Every name of <code>keep</code> must be a function the module exports (a <code>KindlingError</code> <code>NotFound</code> otherwise).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="keep" tabindex="-1">keep <a class="header-anchor" href="#keep" aria-label="Permalink to &quot;keep&quot;">​</a></h3><p><code>Iterable</code>&lt;<code>string</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code>&lt;<code>ArrayBuffer</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/pruneWasm.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const pruneWasm = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  pruneWasm as default
};
