import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: bytesOf()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/bytesOf.md","filePath":"api/backend-utils/functions/bytesOf.md"}');
const _sfc_main = { name: "api/backend-utils/functions/bytesOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / bytesOf</p><h1 id="function-bytesof" tabindex="-1">Function: bytesOf() <a class="header-anchor" href="#function-bytesof" aria-label="Permalink to &quot;Function: bytesOf()&quot;">​</a></h1><blockquote><p><strong>bytesOf</strong>(<code>bb</code>, <code>array</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: packages/backend-utils/src/flatbuffer-reading.ts:30</p><p>A byte vector as a bounds-checked view (no copy).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bb" tabindex="-1">bb <a class="header-anchor" href="#bb" aria-label="Permalink to &quot;bb&quot;">​</a></h3><p><a href="./../classes/CheckedByteBuffer.html"><code>CheckedByteBuffer</code></a></p><h3 id="array" tabindex="-1">array <a class="header-anchor" href="#array" aria-label="Permalink to &quot;array&quot;">​</a></h3><p><code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>null</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/bytesOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bytesOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bytesOf as default
};
