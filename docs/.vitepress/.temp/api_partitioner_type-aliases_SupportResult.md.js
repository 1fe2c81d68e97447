import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SupportResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/type-aliases/SupportResult.md","filePath":"api/partitioner/type-aliases/SupportResult.md"}');
const _sfc_main = { name: "api/partitioner/type-aliases/SupportResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / SupportResult</p><h1 id="type-alias-supportresult" tabindex="-1">Type Alias: SupportResult <a class="header-anchor" href="#type-alias-supportresult" aria-label="Permalink to &quot;Type Alias: SupportResult&quot;">​</a></h1><blockquote><p><strong>SupportResult</strong> = { <code>supported</code>: <code>true</code>; } | { <code>reason</code>: <code>string</code>; <code>supported</code>: <code>false</code>; }</p></blockquote><p>Defined in: partitioner/src/backend-lowering.ts:5</p><p>Whether a backend takes a node; a refusal says why (it goes into the partition report).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/type-aliases/SupportResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SupportResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SupportResult as default
};
