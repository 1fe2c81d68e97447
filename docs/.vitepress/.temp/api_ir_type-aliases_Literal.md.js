import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Literal","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/Literal.md","filePath":"api/ir/type-aliases/Literal.md"}');
const _sfc_main = { name: "api/ir/type-aliases/Literal.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / Literal</p><h1 id="type-alias-literal" tabindex="-1">Type Alias: Literal <a class="header-anchor" href="#type-alias-literal" aria-label="Permalink to &quot;Type Alias: Literal&quot;">​</a></h1><blockquote><p><strong>Literal</strong> = <code>null</code> | <code>bigint</code> | <code>number</code> | <code>boolean</code> | <code>string</code></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:39</p><p>A literal argument value. Integers are <code>bigint</code> because programs store 64-bit integers.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/Literal.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Literal = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Literal as default
};
