import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Backend","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/Backend.md","filePath":"api/core/type-aliases/Backend.md"}');
const _sfc_main = { name: "api/core/type-aliases/Backend.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / Backend</p><h1 id="type-alias-backend" tabindex="-1">Type Alias: Backend <a class="header-anchor" href="#type-alias-backend" aria-label="Permalink to &quot;Type Alias: Backend&quot;">​</a></h1><blockquote><p><strong>Backend</strong> = <a href="./../interfaces/BackendV1.html"><code>BackendV1</code></a></p></blockquote><p>Defined in: packages/core/src/backend.ts:150</p><p>The current runtime backend interface (<a href="./../interfaces/BackendV1.html">BackendV1</a>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/Backend.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Backend = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Backend as default
};
