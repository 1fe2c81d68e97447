import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: shortDtype()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/shortDtype.md","filePath":"api/ir/functions/shortDtype.md"}');
const _sfc_main = { name: "api/ir/functions/shortDtype.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / shortDtype</p><h1 id="function-shortdtype" tabindex="-1">Function: shortDtype() <a class="header-anchor" href="#function-shortdtype" aria-label="Permalink to &quot;Function: shortDtype()&quot;">​</a></h1><blockquote><p><strong>shortDtype</strong>(<code>t</code>): <code>string</code></p></blockquote><p>Defined in: packages/ir/src/graph/printer.ts:23</p><p>Short dtype name used by the printer (<code>f32</code>, <code>i64</code>, <code>bool</code>, ...).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">t <a class="header-anchor" href="#t" aria-label="Permalink to &quot;t&quot;">​</a></h3><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/shortDtype.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const shortDtype = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  shortDtype as default
};
