import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ScalarTypeOf<D>","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/ScalarTypeOf.md","filePath":"api/core/type-aliases/ScalarTypeOf.md"}');
const _sfc_main = { name: "api/core/type-aliases/ScalarTypeOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / ScalarTypeOf</p><h1 id="type-alias-scalartypeof-d" tabindex="-1">Type Alias: ScalarTypeOf&lt;D&gt; <a class="header-anchor" href="#type-alias-scalartypeof-d" aria-label="Permalink to &quot;Type Alias: ScalarTypeOf\\&lt;D\\&gt;&quot;">​</a></h1><blockquote><p><strong>ScalarTypeOf</strong>&lt;<code>D</code>&gt; = <code>D</code> <em>extends</em> <a href="./DTypeName.html"><code>DTypeName</code></a> ? <a href="./../interfaces/DTypeNames.html"><code>DTypeNames</code></a>[<code>D</code>] : <code>D</code> <em>extends</em> <a href="./../enumerations/ScalarType.html"><code>ScalarType</code></a> ? <code>D</code> : <code>never</code></p></blockquote><p>Defined in: packages/core/src/scalar-type.ts:117</p><p>The <a href="./../enumerations/ScalarType.html">ScalarType</a> a <a href="./DTypeLike.html">DTypeLike</a> stands for (<code>ScalarTypeOf&lt;&#39;float32&#39;&gt;</code> is <code>ScalarType.Float</code>).</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="d" tabindex="-1">D <a class="header-anchor" href="#d" aria-label="Permalink to &quot;D&quot;">​</a></h3><p><code>D</code> <em>extends</em> <a href="./DTypeLike.html"><code>DTypeLike</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/ScalarTypeOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScalarTypeOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScalarTypeOf as default
};
