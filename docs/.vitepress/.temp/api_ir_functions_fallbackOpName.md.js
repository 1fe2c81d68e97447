import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: fallbackOpName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/fallbackOpName.md","filePath":"api/ir/functions/fallbackOpName.md"}');
const _sfc_main = { name: "api/ir/functions/fallbackOpName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / fallbackOpName</p><h1 id="function-fallbackopname" tabindex="-1">Function: fallbackOpName() <a class="header-anchor" href="#function-fallbackopname" aria-label="Permalink to &quot;Function: fallbackOpName()&quot;">​</a></h1><blockquote><p><strong>fallbackOpName</strong>(<code>name</code>, <code>overload</code>): <code>string</code></p></blockquote><p>Defined in: packages/ir/src/graph/schema.ts:126</p><p>The functional op name used for a program operator without a schema in the table: namespace and name joined with dots, the overload kept (<code>etnp::lstm</code> / <code>out</code> gives <code>etnp.lstm.out</code>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><p><code>string</code></p><h3 id="overload" tabindex="-1">overload <a class="header-anchor" href="#overload" aria-label="Permalink to &quot;overload&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/fallbackOpName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fallbackOpName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fallbackOpName as default
};
