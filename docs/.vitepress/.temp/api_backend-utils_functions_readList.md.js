import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: readList()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/readList.md","filePath":"api/backend-utils/functions/readList.md"}');
const _sfc_main = { name: "api/backend-utils/functions/readList.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / readList</p><h1 id="function-readlist" tabindex="-1">Function: readList() <a class="header-anchor" href="#function-readlist" aria-label="Permalink to &quot;Function: readList()&quot;">​</a></h1><blockquote><p><strong>readList</strong>&lt;<code>T</code>&gt;(<code>bb</code>, <code>count</code>, <code>at</code>): <code>T</code>[]</p></blockquote><p>Defined in: packages/backend-utils/src/flatbuffer-reading.ts:5</p><p>Reads <code>count</code> elements with <code>at</code>, after charging them to the budget.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bb" tabindex="-1">bb <a class="header-anchor" href="#bb" aria-label="Permalink to &quot;bb&quot;">​</a></h3><p><a href="./../classes/CheckedByteBuffer.html"><code>CheckedByteBuffer</code></a></p><h3 id="count" tabindex="-1">count <a class="header-anchor" href="#count" aria-label="Permalink to &quot;count&quot;">​</a></h3><p><code>number</code></p><h3 id="at" tabindex="-1">at <a class="header-anchor" href="#at" aria-label="Permalink to &quot;at&quot;">​</a></h3><p>(<code>i</code>) =&gt; <code>T</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>T</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/readList.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const readList = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  readList as default
};
