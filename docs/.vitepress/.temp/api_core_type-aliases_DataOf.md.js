import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DataOf<T>","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/DataOf.md","filePath":"api/core/type-aliases/DataOf.md"}');
const _sfc_main = { name: "api/core/type-aliases/DataOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / DataOf</p><h1 id="type-alias-dataof-t" tabindex="-1">Type Alias: DataOf&lt;T&gt; <a class="header-anchor" href="#type-alias-dataof-t" aria-label="Permalink to &quot;Type Alias: DataOf\\&lt;T\\&gt;&quot;">​</a></h1><blockquote><p><strong>DataOf</strong>&lt;<code>T</code>&gt; = <code>T</code> <em>extends</em> keyof <a href="./../interfaces/TypedArrayFor.html"><code>TypedArrayFor</code></a> ? <a href="./../interfaces/TypedArrayFor.html"><code>TypedArrayFor</code></a>[<code>T</code>] : <a href="./TypedArray.html"><code>TypedArray</code></a></p></blockquote><p>Defined in: packages/core/src/tensor.ts:17</p><p>The typed array that views elements of dtype <code>T</code>.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code> <em>extends</em> <a href="./../enumerations/ScalarType.html"><code>ScalarType</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/DataOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DataOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DataOf as default
};
