import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Dynamism","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/type-aliases/Dynamism.md","filePath":"api/runtime/index/type-aliases/Dynamism.md"}');
const _sfc_main = { name: "api/runtime/index/type-aliases/Dynamism.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / Dynamism</p><h1 id="type-alias-dynamism" tabindex="-1">Type Alias: Dynamism <a class="header-anchor" href="#type-alias-dynamism" aria-label="Permalink to &quot;Type Alias: Dynamism&quot;">​</a></h1><blockquote><p><strong>Dynamism</strong> = <code>&quot;static&quot;</code> | <code>&quot;bound&quot;</code> | <code>&quot;unbound&quot;</code></p></blockquote><p>Defined in: runtime/src/method-meta.ts:5</p><p>How a tensor&#39;s shape may change: fixed, bounded by its serialized sizes, or unbounded.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/type-aliases/Dynamism.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Dynamism = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Dynamism as default
};
