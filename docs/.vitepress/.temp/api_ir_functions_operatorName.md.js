import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: operatorName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/operatorName.md","filePath":"api/ir/functions/operatorName.md"}');
const _sfc_main = { name: "api/ir/functions/operatorName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / operatorName</p><h1 id="function-operatorname" tabindex="-1">Function: operatorName() <a class="header-anchor" href="#function-operatorname" aria-label="Permalink to &quot;Function: operatorName()&quot;">​</a></h1><blockquote><p><strong>operatorName</strong>(<code>op</code>): <code>string</code></p></blockquote><p>Defined in: packages/ir/src/describe.ts:85</p><p>Name used for kernel lookup: <code>name.overload</code>, or <code>name</code> alone when the overload is empty.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="op" tabindex="-1">op <a class="header-anchor" href="#op" aria-label="Permalink to &quot;op&quot;">​</a></h3><h4 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h4><p><code>string</code></p><h4 id="overload" tabindex="-1">overload <a class="header-anchor" href="#overload" aria-label="Permalink to &quot;overload&quot;">​</a></h4><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/operatorName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const operatorName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  operatorName as default
};
