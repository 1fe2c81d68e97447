import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BundledValue","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/BundledValue.md","filePath":"api/ir/type-aliases/BundledValue.md"}');
const _sfc_main = { name: "api/ir/type-aliases/BundledValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / BundledValue</p><h1 id="type-alias-bundledvalue" tabindex="-1">Type Alias: BundledValue <a class="header-anchor" href="#type-alias-bundledvalue" aria-label="Permalink to &quot;Type Alias: BundledValue&quot;">​</a></h1><blockquote><p><strong>BundledValue</strong> = { <code>data</code>: <code>Uint8Array</code>; <code>dimOrder</code>: <code>number</code>[]; <code>scalarType</code>: <a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a>; <code>sizes</code>: <code>number</code>[]; <code>type</code>: <code>&quot;Tensor&quot;</code>; } | { <code>type</code>: <code>&quot;Int&quot;</code>; <code>value</code>: <code>bigint</code>; } | { <code>type</code>: <code>&quot;Bool&quot;</code>; <code>value</code>: <code>boolean</code>; } | { <code>type</code>: <code>&quot;Double&quot;</code>; <code>value</code>: <code>number</code>; }</p></blockquote><p>Defined in: packages/ir/src/bundled-program.ts:26</p><p>A test input or expected output of a bundled program.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/BundledValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BundledValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BundledValue as default
};
