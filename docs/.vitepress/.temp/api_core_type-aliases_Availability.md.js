import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Availability","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/Availability.md","filePath":"api/core/type-aliases/Availability.md"}');
const _sfc_main = { name: "api/core/type-aliases/Availability.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / Availability</p><h1 id="type-alias-availability" tabindex="-1">Type Alias: Availability <a class="header-anchor" href="#type-alias-availability" aria-label="Permalink to &quot;Type Alias: Availability&quot;">​</a></h1><blockquote><p><strong>Availability</strong> = { <code>available</code>: <code>true</code>; } | { <code>available</code>: <code>false</code>; <code>reason</code>: <code>string</code>; }</p></blockquote><p>Defined in: packages/core/src/backend.ts:104</p><p>Whether a backend can run here; when it cannot, why (a missing GPU adapter, no native host, ...).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/Availability.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Availability = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Availability as default
};
