import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatArgument()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/formatArgument.md","filePath":"api/ir/functions/formatArgument.md"}');
const _sfc_main = { name: "api/ir/functions/formatArgument.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / formatArgument</p><h1 id="function-formatargument" tabindex="-1">Function: formatArgument() <a class="header-anchor" href="#function-formatargument" aria-label="Permalink to &quot;Function: formatArgument()&quot;">​</a></h1><blockquote><p><strong>formatArgument</strong>(<code>a</code>): <code>string</code></p></blockquote><p>Defined in: packages/ir/src/graph/printer.ts:44</p><p>One argument as the printer writes it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="a" tabindex="-1">a <a class="header-anchor" href="#a" aria-label="Permalink to &quot;a&quot;">​</a></h3><p><a href="./../type-aliases/Argument.html"><code>Argument</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/formatArgument.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatArgument = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatArgument as default
};
