import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: numelOf()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/numelOf.md","filePath":"api/core/functions/numelOf.md"}');
const _sfc_main = { name: "api/core/functions/numelOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / numelOf</p><h1 id="function-numelof" tabindex="-1">Function: numelOf() <a class="header-anchor" href="#function-numelof" aria-label="Permalink to &quot;Function: numelOf()&quot;">​</a></h1><blockquote><p><strong>numelOf</strong>(<code>sizes</code>): <code>number</code></p></blockquote><p>Defined in: packages/core/src/dim-order.ts:56</p><p>Number of elements of a tensor with these sizes (1 for rank 0).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="sizes" tabindex="-1">sizes <a class="header-anchor" href="#sizes" aria-label="Permalink to &quot;sizes&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/numelOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const numelOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  numelOf as default
};
