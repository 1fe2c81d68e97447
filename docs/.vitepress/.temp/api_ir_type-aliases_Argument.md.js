import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Argument","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/Argument.md","filePath":"api/ir/type-aliases/Argument.md"}');
const _sfc_main = { name: "api/ir/type-aliases/Argument.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / Argument</p><h1 id="type-alias-argument" tabindex="-1">Type Alias: Argument <a class="header-anchor" href="#type-alias-argument" aria-label="Permalink to &quot;Type Alias: Argument&quot;">​</a></h1><blockquote><p><strong>Argument</strong> = { <code>kind</code>: <code>&quot;value&quot;</code>; <code>value</code>: <a href="./../classes/Value.html"><code>Value</code></a>; } | { <code>kind</code>: <code>&quot;none&quot;</code>; } | { <code>kind</code>: <code>&quot;int&quot;</code>; <code>value</code>: <code>bigint</code>; } | { <code>kind</code>: <code>&quot;float&quot;</code>; <code>value</code>: <code>number</code>; } | { <code>kind</code>: <code>&quot;bool&quot;</code>; <code>value</code>: <code>boolean</code>; } | { <code>kind</code>: <code>&quot;string&quot;</code>; <code>value</code>: <code>string</code>; } | { <code>items</code>: readonly (<code>bigint</code> | <a href="./../classes/Value.html"><code>Value</code></a>)[]; <code>kind</code>: <code>&quot;int-list&quot;</code>; } | { <code>items</code>: readonly <code>number</code>[]; <code>kind</code>: <code>&quot;float-list&quot;</code>; } | { <code>items</code>: readonly <code>boolean</code>[]; <code>kind</code>: <code>&quot;bool-list&quot;</code>; } | { <code>items</code>: readonly <a href="./../classes/Value.html"><code>Value</code></a>[]; <code>kind</code>: <code>&quot;tensor-list&quot;</code>; } | { <code>items</code>: readonly (<a href="./../classes/Value.html"><code>Value</code></a> | <code>null</code>)[]; <code>kind</code>: <code>&quot;optional-tensor-list&quot;</code>; }</p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:45</p><p>One argument of a node. A <code>Value</code> reference, a literal, or a list. <code>int</code> lists may mix literals and symbolic integer values (sizes produced by <code>aten.sym_size.int</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/Argument.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Argument = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Argument as default
};
