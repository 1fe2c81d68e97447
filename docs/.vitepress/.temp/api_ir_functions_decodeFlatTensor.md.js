import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeFlatTensor()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/decodeFlatTensor.md","filePath":"api/ir/functions/decodeFlatTensor.md"}');
const _sfc_main = { name: "api/ir/functions/decodeFlatTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / decodeFlatTensor</p><h1 id="function-decodeflattensor" tabindex="-1">Function: decodeFlatTensor() <a class="header-anchor" href="#function-decodeflattensor" aria-label="Permalink to &quot;Function: decodeFlatTensor()&quot;">​</a></h1><blockquote><p><strong>decodeFlatTensor</strong>(<code>fb</code>): <a href="./../interfaces/FlatTensorData.html"><code>FlatTensorData</code></a></p></blockquote><p>Defined in: packages/ir/src/flat-tensor.ts:43</p><p>Decodes the <code>FlatTensor</code> flatbuffer of a <code>.ptd</code> (<code>fb</code>: the file from byte 0 to the end of the flatbuffer region) into plain data, bounds-checked; the file-level checks are in <a href="./../classes/FlatTensorFile.html#read">FlatTensorFile.read</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="fb" tabindex="-1">fb <a class="header-anchor" href="#fb" aria-label="Permalink to &quot;fb&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/FlatTensorData.html"><code>FlatTensorData</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/decodeFlatTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeFlatTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeFlatTensor as default
};
