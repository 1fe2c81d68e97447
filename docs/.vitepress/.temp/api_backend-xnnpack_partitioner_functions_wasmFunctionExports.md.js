import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: wasmFunctionExports()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/wasmFunctionExports.md","filePath":"api/backend-xnnpack/partitioner/functions/wasmFunctionExports.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/wasmFunctionExports.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / wasmFunctionExports</p><h1 id="function-wasmfunctionexports" tabindex="-1">Function: wasmFunctionExports() <a class="header-anchor" href="#function-wasmfunctionexports" aria-label="Permalink to &quot;Function: wasmFunctionExports()&quot;">​</a></h1><blockquote><p><strong>wasmFunctionExports</strong>(<code>bytes</code>): <code>string</code>[]</p></blockquote><p>Defined in: backend-xnnpack/src/tooling/wasm-prune.ts:244</p><p>The names of the functions a module exports.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/wasmFunctionExports.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const wasmFunctionExports = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  wasmFunctionExports as default
};
