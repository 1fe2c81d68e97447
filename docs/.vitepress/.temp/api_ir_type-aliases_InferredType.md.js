import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: InferredType","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/InferredType.md","filePath":"api/ir/type-aliases/InferredType.md"}');
const _sfc_main = { name: "api/ir/type-aliases/InferredType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / InferredType</p><h1 id="type-alias-inferredtype" tabindex="-1">Type Alias: InferredType <a class="header-anchor" href="#type-alias-inferredtype" aria-label="Permalink to &quot;Type Alias: InferredType&quot;">​</a></h1><blockquote><p><strong>InferredType</strong> = { <code>dimOrder?</code>: <code>number</code>[]; <code>dtype?</code>: <a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a>; <code>kind</code>: <code>&quot;tensor&quot;</code>; <code>shape?</code>: <code>number</code>[]; } | { <code>kind</code>: <code>&quot;int&quot;</code>; }</p></blockquote><p>Defined in: packages/ir/src/graph/shape-inference.ts:15</p><p>What inference knows about one output. Fields left out are not determined by the op&#39;s arguments (a factory op&#39;s dtype, a size computed from symbolic integers); they come from the out tensor.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/InferredType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InferredType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InferredType as default
};
