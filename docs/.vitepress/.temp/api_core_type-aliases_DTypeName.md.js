import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DTypeName","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/DTypeName.md","filePath":"api/core/type-aliases/DTypeName.md"}');
const _sfc_main = { name: "api/core/type-aliases/DTypeName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / DTypeName</p><h1 id="type-alias-dtypename" tabindex="-1">Type Alias: DTypeName <a class="header-anchor" href="#type-alias-dtypename" aria-label="Permalink to &quot;Type Alias: DTypeName&quot;">​</a></h1><blockquote><p><strong>DTypeName</strong> = keyof <a href="./../interfaces/DTypeNames.html"><code>DTypeNames</code></a></p></blockquote><p>Defined in: packages/core/src/scalar-type.ts:111</p><p>A PyTorch-style dtype name: <code>&#39;float32&#39;</code>, <code>&#39;int64&#39;</code>, <code>&#39;bool&#39;</code>, ...</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/DTypeName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DTypeName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DTypeName as default
};
