import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ScalarKind","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/type-aliases/ScalarKind.md","filePath":"api/backend-utils/type-aliases/ScalarKind.md"}');
const _sfc_main = { name: "api/backend-utils/type-aliases/ScalarKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / ScalarKind</p><h1 id="type-alias-scalarkind" tabindex="-1">Type Alias: ScalarKind <a class="header-anchor" href="#type-alias-scalarkind" aria-label="Permalink to &quot;Type Alias: ScalarKind&quot;">​</a></h1><blockquote><p><strong>ScalarKind</strong> = <code>&quot;bool&quot;</code> | <code>&quot;int&quot;</code> | <code>&quot;float&quot;</code></p></blockquote><p>Defined in: packages/backend-utils/src/dtype-promotion.ts:57</p><p>The kind of a scalar (Python number) argument.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/type-aliases/ScalarKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScalarKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScalarKind as default
};
