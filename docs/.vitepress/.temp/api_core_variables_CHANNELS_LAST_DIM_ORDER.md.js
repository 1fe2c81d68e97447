import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CHANNELS_LAST_DIM_ORDER","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/variables/CHANNELS_LAST_DIM_ORDER.md","filePath":"api/core/variables/CHANNELS_LAST_DIM_ORDER.md"}');
const _sfc_main = { name: "api/core/variables/CHANNELS_LAST_DIM_ORDER.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / CHANNELS_LAST_DIM_ORDER</p><h1 id="variable-channels-last-dim-order" tabindex="-1">Variable: CHANNELS_LAST_DIM_ORDER <a class="header-anchor" href="#variable-channels-last-dim-order" aria-label="Permalink to &quot;Variable: CHANNELS\\_LAST\\_DIM\\_ORDER&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CHANNELS_LAST_DIM_ORDER</strong>: readonly <code>number</code>[]</p></blockquote><p>Defined in: packages/core/src/dim-order.ts:12</p><p>The channels-last dim order of a 4-D tensor: <code>[0, 2, 3, 1]</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/CHANNELS_LAST_DIM_ORDER.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CHANNELS_LAST_DIM_ORDER = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CHANNELS_LAST_DIM_ORDER as default
};
