import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: xnnpackLowering()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/xnnpackLowering.md","filePath":"api/backend-xnnpack/partitioner/functions/xnnpackLowering.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/xnnpackLowering.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / xnnpackLowering</p><h1 id="function-xnnpacklowering" tabindex="-1">Function: xnnpackLowering() <a class="header-anchor" href="#function-xnnpacklowering" aria-label="Permalink to &quot;Function: xnnpackLowering()&quot;">​</a></h1><blockquote><p><strong>xnnpackLowering</strong>(): <a href="./../interfaces/XnnpackLowering.html"><code>XnnpackLowering</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/partitioner.ts:37</p><p>Creates the XNNPACK lowering (id <code>XnnpackBackend</code>).</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/XnnpackLowering.html"><code>XnnpackLowering</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/xnnpackLowering.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const xnnpackLowering = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  xnnpackLowering as default
};
