import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BackendOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/BackendOptions.md","filePath":"api/core/type-aliases/BackendOptions.md"}');
const _sfc_main = { name: "api/core/type-aliases/BackendOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / BackendOptions</p><h1 id="type-alias-backendoptions" tabindex="-1">Type Alias: BackendOptions <a class="header-anchor" href="#type-alias-backendoptions" aria-label="Permalink to &quot;Type Alias: BackendOptions&quot;">​</a></h1><blockquote><p><strong>BackendOptions</strong> = <code>{ [K in keyof BackendOptionsMap]?: BackendOptionsMap[K] }</code> &amp; <code>object</code></p></blockquote><p>Defined in: packages/core/src/backend.ts:207</p><p>Options per backend id, typed where a backend package declared them.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/BackendOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendOptions as default
};
