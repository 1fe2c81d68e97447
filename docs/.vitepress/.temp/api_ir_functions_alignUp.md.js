import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: alignUp()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/alignUp.md","filePath":"api/ir/functions/alignUp.md"}');
const _sfc_main = { name: "api/ir/functions/alignUp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / alignUp</p><h1 id="function-alignup" tabindex="-1">Function: alignUp() <a class="header-anchor" href="#function-alignup" aria-label="Permalink to &quot;Function: alignUp()&quot;">​</a></h1><blockquote><p><strong>alignUp</strong>(<code>n</code>, <code>alignment</code>): <code>number</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:170</p><p>Rounds <code>n</code> up to a multiple of <code>alignment</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="n" tabindex="-1">n <a class="header-anchor" href="#n" aria-label="Permalink to &quot;n&quot;">​</a></h3><p><code>number</code></p><h3 id="alignment" tabindex="-1">alignment <a class="header-anchor" href="#alignment" aria-label="Permalink to &quot;alignment&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/alignUp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const alignUp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  alignUp as default
};
