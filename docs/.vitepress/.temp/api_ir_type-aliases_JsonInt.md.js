import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: JsonInt","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/JsonInt.md","filePath":"api/ir/type-aliases/JsonInt.md"}');
const _sfc_main = { name: "api/ir/type-aliases/JsonInt.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / JsonInt</p><h1 id="type-alias-jsonint" tabindex="-1">Type Alias: JsonInt <a class="header-anchor" href="#type-alias-jsonint" aria-label="Permalink to &quot;Type Alias: JsonInt&quot;">​</a></h1><blockquote><p><strong>JsonInt</strong> = <code>number</code> | <code>string</code></p></blockquote><p>Defined in: packages/ir/src/describe.ts:8</p><p>A JSON-safe scalar: int64 values beyond 2^53 are given as strings.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/JsonInt.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const JsonInt = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  JsonInt as default
};
