import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DTypeLike","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/DTypeLike.md","filePath":"api/core/type-aliases/DTypeLike.md"}');
const _sfc_main = { name: "api/core/type-aliases/DTypeLike.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / DTypeLike</p><h1 id="type-alias-dtypelike" tabindex="-1">Type Alias: DTypeLike <a class="header-anchor" href="#type-alias-dtypelike" aria-label="Permalink to &quot;Type Alias: DTypeLike&quot;">​</a></h1><blockquote><p><strong>DTypeLike</strong> = <a href="./../enumerations/ScalarType.html"><code>ScalarType</code></a> | <a href="./DTypeName.html"><code>DTypeName</code></a></p></blockquote><p>Defined in: packages/core/src/scalar-type.ts:114</p><p>A dtype given as a <a href="./../enumerations/ScalarType.html">ScalarType</a> or by its name (<code>ScalarType.Float</code> or <code>&#39;float32&#39;</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/DTypeLike.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DTypeLike = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DTypeLike as default
};
