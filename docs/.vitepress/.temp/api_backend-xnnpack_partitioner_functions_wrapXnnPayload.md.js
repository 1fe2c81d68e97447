import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: wrapXnnPayload()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/wrapXnnPayload.md","filePath":"api/backend-xnnpack/partitioner/functions/wrapXnnPayload.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/wrapXnnPayload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / wrapXnnPayload</p><h1 id="function-wrapxnnpayload" tabindex="-1">Function: wrapXnnPayload() <a class="header-anchor" href="#function-wrapxnnpayload" aria-label="Permalink to &quot;Function: wrapXnnPayload()&quot;">​</a></h1><blockquote><p><strong>wrapXnnPayload</strong>(<code>flatbuffer</code>, <code>constantRegion?</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-writer.ts:392</p><p>Wraps a flatbuffer and an inline constant region in the <code>XH00</code> header: 4 zero bytes, magic, u16 header length 30, u32 flatbuffer offset (32), u32 flatbuffer size, u32 constant data offset (the flatbuffer&#39;s end aligned to 16), u64 constant data size, then the parts.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="flatbuffer" tabindex="-1">flatbuffer <a class="header-anchor" href="#flatbuffer" aria-label="Permalink to &quot;flatbuffer&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="constantregion" tabindex="-1">constantRegion? <a class="header-anchor" href="#constantregion" aria-label="Permalink to &quot;constantRegion?&quot;">​</a></h3><p><code>Uint8Array</code> = <code>...</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/wrapXnnPayload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const wrapXnnPayload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  wrapXnnPayload as default
};
