import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: requireTable()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/requireTable.md","filePath":"api/ir/functions/requireTable.md"}');
const _sfc_main = { name: "api/ir/functions/requireTable.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / requireTable</p><h1 id="function-requiretable" tabindex="-1">Function: requireTable() <a class="header-anchor" href="#function-requiretable" aria-label="Permalink to &quot;Function: requireTable()&quot;">​</a></h1><blockquote><p><strong>requireTable</strong>&lt;<code>T</code>&gt;(<code>bb</code>, <code>value</code>, <code>what</code>): <code>T</code></p></blockquote><p>Defined in: packages/backend-utils/src/flatbuffer-reading.ts:24</p><p>Reads a table (or element <code>i</code> of a vector of tables), refusing a missing one.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bb" tabindex="-1">bb <a class="header-anchor" href="#bb" aria-label="Permalink to &quot;bb&quot;">​</a></h3><p><a href="./../classes/CheckedByteBuffer.html"><code>CheckedByteBuffer</code></a></p><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>T</code> | <code>null</code></p><h3 id="what" tabindex="-1">what <a class="header-anchor" href="#what" aria-label="Permalink to &quot;what&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>T</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/requireTable.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const requireTable = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  requireTable as default
};
