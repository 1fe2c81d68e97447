import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ManifestValue","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/index/type-aliases/ManifestValue.md","filePath":"api/conformance-zoo/index/type-aliases/ManifestValue.md"}');
const _sfc_main = { name: "api/conformance-zoo/index/type-aliases/ManifestValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">index</a> / ManifestValue</p><h1 id="type-alias-manifestvalue" tabindex="-1">Type Alias: ManifestValue <a class="header-anchor" href="#type-alias-manifestvalue" aria-label="Permalink to &quot;Type Alias: ManifestValue&quot;">​</a></h1><blockquote><p><strong>ManifestValue</strong> = { <code>dim_order?</code>: <code>number</code>[]; <code>dtype</code>: <code>string</code>; <code>file</code>: <code>string</code>; <code>kind</code>: <code>&quot;tensor&quot;</code>; <code>shape</code>: <code>number</code>[]; } | { <code>kind</code>: <code>&quot;int&quot;</code>; <code>value</code>: <code>number</code>; } | { <code>kind</code>: <code>&quot;float&quot;</code>; <code>value</code>: <code>number</code>; } | { <code>kind</code>: <code>&quot;bool&quot;</code>; <code>value</code>: <code>boolean</code>; } | { <code>kind</code>: <code>&quot;none&quot;</code>; }</p></blockquote><p>Defined in: manifest.ts:6</p><p>A value in the manifest: a tensor stored in a raw file, or a literal scalar.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/index/type-aliases/ManifestValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ManifestValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ManifestValue as default
};
