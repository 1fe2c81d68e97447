import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ValueType","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/ValueType.md","filePath":"api/ir/type-aliases/ValueType.md"}');
const _sfc_main = { name: "api/ir/type-aliases/ValueType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ValueType</p><h1 id="type-alias-valuetype" tabindex="-1">Type Alias: ValueType <a class="header-anchor" href="#type-alias-valuetype" aria-label="Permalink to &quot;Type Alias: ValueType&quot;">​</a></h1><blockquote><p><strong>ValueType</strong> = <a href="./../interfaces/TensorType.html"><code>TensorType</code></a> | <a href="./../interfaces/ScalarValueType.html"><code>ScalarValueType</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:22</p><p>Type of a graph value.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/ValueType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ValueType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ValueType as default
};
