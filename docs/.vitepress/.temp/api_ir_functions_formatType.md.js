import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/formatType.md","filePath":"api/ir/functions/formatType.md"}');
const _sfc_main = { name: "api/ir/functions/formatType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / formatType</p><h1 id="function-formattype" tabindex="-1">Function: formatType() <a class="header-anchor" href="#function-formattype" aria-label="Permalink to &quot;Function: formatType()&quot;">​</a></h1><blockquote><p><strong>formatType</strong>(<code>t</code>): <code>string</code></p></blockquote><p>Defined in: packages/ir/src/graph/printer.ts:28</p><p><code>f32[1,64]</code>; a non-contiguous dim order follows in braces, dynamic shapes are marked <code>&lt;=</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">t <a class="header-anchor" href="#t" aria-label="Permalink to &quot;t&quot;">​</a></h3><p><a href="./../type-aliases/ValueType.html"><code>ValueType</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/formatType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatType as default
};
