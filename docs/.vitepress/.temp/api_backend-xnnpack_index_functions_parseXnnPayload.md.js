import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseXnnPayload()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/functions/parseXnnPayload.md","filePath":"api/backend-xnnpack/index/functions/parseXnnPayload.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/functions/parseXnnPayload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / parseXnnPayload</p><h1 id="function-parsexnnpayload" tabindex="-1">Function: parseXnnPayload() <a class="header-anchor" href="#function-parsexnnpayload" aria-label="Permalink to &quot;Function: parseXnnPayload()&quot;">​</a></h1><blockquote><p><strong>parseXnnPayload</strong>(<code>payload</code>): <a href="./../interfaces/XnnPayloadParts.html"><code>XnnPayloadParts</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-header.ts:30</p><p>Splits an XNNPACK delegate payload into its flatbuffer and constant region. Layout (little endian): 4 zero bytes, magic <code>XH00</code>, u16 header length (30), u32 flatbuffer offset, u32 flatbuffer size, u32 constant data offset, u64 constant data size. A payload without the magic is a legacy payload: all of it is the flatbuffer. Every offset and size is bounds-checked.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="payload" tabindex="-1">payload <a class="header-anchor" href="#payload" aria-label="Permalink to &quot;payload&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/XnnPayloadParts.html"><code>XnnPayloadParts</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/functions/parseXnnPayload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseXnnPayload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseXnnPayload as default
};
