import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: broadcastShapes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/broadcastShapes.md","filePath":"api/ir/functions/broadcastShapes.md"}');
const _sfc_main = { name: "api/ir/functions/broadcastShapes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / broadcastShapes</p><h1 id="function-broadcastshapes" tabindex="-1">Function: broadcastShapes() <a class="header-anchor" href="#function-broadcastshapes" aria-label="Permalink to &quot;Function: broadcastShapes()&quot;">​</a></h1><blockquote><p><strong>broadcastShapes</strong>(<code>shapes</code>): <code>number</code>[]</p></blockquote><p>Defined in: packages/ir/src/graph/shape-inference.ts:95</p><p>NumPy-style broadcast of shapes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="shapes" tabindex="-1">shapes <a class="header-anchor" href="#shapes" aria-label="Permalink to &quot;shapes&quot;">​</a></h3><p>readonly (readonly <code>number</code>[])[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/broadcastShapes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const broadcastShapes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  broadcastShapes as default
};
