import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeXnnGraphFlatbuffer()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/functions/decodeXnnGraphFlatbuffer.md","filePath":"api/backend-xnnpack/index/functions/decodeXnnGraphFlatbuffer.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/functions/decodeXnnGraphFlatbuffer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / decodeXnnGraphFlatbuffer</p><h1 id="function-decodexnngraphflatbuffer" tabindex="-1">Function: decodeXnnGraphFlatbuffer() <a class="header-anchor" href="#function-decodexnngraphflatbuffer" aria-label="Permalink to &quot;Function: decodeXnnGraphFlatbuffer()&quot;">​</a></h1><blockquote><p><strong>decodeXnnGraphFlatbuffer</strong>(<code>bytes</code>): <a href="./../interfaces/XnnGraph.html"><code>XnnGraph</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-reader.ts:390</p><p>Decodes an <code>XNNGraph</code> flatbuffer (identifier <code>XN00</code> or <code>XN01</code>) into plain data. Every read is bounds-checked and the work is bounded by a multiple of the size; any malformation ends in a <code>KindlingError</code> (<code>DelegateInvalidCompatibility</code> for a wrong identifier or unknown union member, <code>InvalidProgram</code> for broken structure). Does not check cross references: see <a href="./validateXnnGraph.html">validateXnnGraph</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/XnnGraph.html"><code>XnnGraph</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/functions/decodeXnnGraphFlatbuffer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeXnnGraphFlatbuffer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeXnnGraphFlatbuffer as default
};
