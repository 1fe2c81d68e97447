import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: deduplicateConstants()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/deduplicateConstants.md","filePath":"api/ir/functions/deduplicateConstants.md"}');
const _sfc_main = { name: "api/ir/functions/deduplicateConstants.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / deduplicateConstants</p><h1 id="function-deduplicateconstants" tabindex="-1">Function: deduplicateConstants() <a class="header-anchor" href="#function-deduplicateconstants" aria-label="Permalink to &quot;Function: deduplicateConstants()&quot;">​</a></h1><blockquote><p><strong>deduplicateConstants</strong>(<code>input</code>): <a href="./../interfaces/PassResult.html"><code>PassResult</code></a></p></blockquote><p>Defined in: packages/ir/src/passes/deduplicate-constants.ts:16</p><p>Constant deduplication: constants of the same type (dtype, shape, dim order) and the same bytes are merged into the one with the smallest id; the others lose their uses and are removed.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../classes/Graph.html"><code>Graph</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PassResult.html"><code>PassResult</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/deduplicateConstants.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const deduplicateConstants = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  deduplicateConstants as default
};
