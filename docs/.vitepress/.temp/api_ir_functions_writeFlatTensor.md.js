import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: writeFlatTensor()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/writeFlatTensor.md","filePath":"api/ir/functions/writeFlatTensor.md"}');
const _sfc_main = { name: "api/ir/functions/writeFlatTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / writeFlatTensor</p><h1 id="function-writeflattensor" tabindex="-1">Function: writeFlatTensor() <a class="header-anchor" href="#function-writeflattensor" aria-label="Permalink to &quot;Function: writeFlatTensor()&quot;">​</a></h1><blockquote><p><strong>writeFlatTensor</strong>(<code>tensors</code>, <code>segmentAlignment?</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: packages/ir/src/flat-tensor-writer.ts:22</p><p>Writes a <code>.ptd</code> file: the flatbuffer, the 40-byte <code>FH01</code> header spliced in at byte 8 (padded to 48), then one segment per tensor, each aligned to <code>segmentAlignment</code> (default 128).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="tensors" tabindex="-1">tensors <a class="header-anchor" href="#tensors" aria-label="Permalink to &quot;tensors&quot;">​</a></h3><p>readonly <a href="./../interfaces/FlatTensorInput.html"><code>FlatTensorInput</code></a>[]</p><h3 id="segmentalignment" tabindex="-1">segmentAlignment? <a class="header-anchor" href="#segmentalignment" aria-label="Permalink to &quot;segmentAlignment?&quot;">​</a></h3><p><code>number</code> = <code>128</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/writeFlatTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const writeFlatTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  writeFlatTensor as default
};
