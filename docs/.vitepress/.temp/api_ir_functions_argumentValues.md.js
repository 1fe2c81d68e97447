import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: argumentValues()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/argumentValues.md","filePath":"api/ir/functions/argumentValues.md"}');
const _sfc_main = { name: "api/ir/functions/argumentValues.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / argumentValues</p><h1 id="function-argumentvalues" tabindex="-1">Function: argumentValues() <a class="header-anchor" href="#function-argumentvalues" aria-label="Permalink to &quot;Function: argumentValues()&quot;">​</a></h1><blockquote><p><strong>argumentValues</strong>(<code>a</code>): <a href="./../classes/Value.html"><code>Value</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:77</p><p>Every value an argument refers to, in order (with repeats).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="a" tabindex="-1">a <a class="header-anchor" href="#a" aria-label="Permalink to &quot;a&quot;">​</a></h3><p><a href="./../type-aliases/Argument.html"><code>Argument</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../classes/Value.html"><code>Value</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/argumentValues.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const argumentValues = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  argumentValues as default
};
