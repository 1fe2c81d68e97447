import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: EValueOf<T>","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/EValueOf.md","filePath":"api/core/type-aliases/EValueOf.md"}');
const _sfc_main = { name: "api/core/type-aliases/EValueOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / EValueOf</p><h1 id="type-alias-evalueof-t" tabindex="-1">Type Alias: EValueOf&lt;T&gt; <a class="header-anchor" href="#type-alias-evalueof-t" aria-label="Permalink to &quot;Type Alias: EValueOf\\&lt;T\\&gt;&quot;">​</a></h1><blockquote><p><strong>EValueOf</strong>&lt;<code>T</code>&gt; = <code>Extract</code>&lt;<a href="./EValue.html"><code>EValue</code></a>, { <code>tag</code>: <code>T</code>; }&gt;</p></blockquote><p>Defined in: packages/core/src/evalue.ts:38</p><p>The value of an <a href="./EValue.html">EValue</a> of a given tag.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code> <em>extends</em> <a href="./../enumerations/Tag.html"><code>Tag</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/EValueOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EValueOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EValueOf as default
};
