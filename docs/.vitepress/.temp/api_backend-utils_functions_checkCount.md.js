import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: checkCount()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/checkCount.md","filePath":"api/backend-utils/functions/checkCount.md"}');
const _sfc_main = { name: "api/backend-utils/functions/checkCount.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / checkCount</p><h1 id="function-checkcount" tabindex="-1">Function: checkCount() <a class="header-anchor" href="#function-checkcount" aria-label="Permalink to &quot;Function: checkCount()&quot;">​</a></h1><blockquote><p><strong>checkCount</strong>(<code>bb</code>, <code>count</code>): <code>void</code></p></blockquote><p>Defined in: packages/backend-utils/src/flatbuffer-reading.ts:17</p><p>Refuses an element count that is not a non-negative integer no larger than the buffer (every flatbuffer vector element takes at least one byte), before anything is allocated for it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bb" tabindex="-1">bb <a class="header-anchor" href="#bb" aria-label="Permalink to &quot;bb&quot;">​</a></h3><p><a href="./../classes/CheckedByteBuffer.html"><code>CheckedByteBuffer</code></a></p><h3 id="count" tabindex="-1">count <a class="header-anchor" href="#count" aria-label="Permalink to &quot;count&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/checkCount.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const checkCount = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  checkCount as default
};
