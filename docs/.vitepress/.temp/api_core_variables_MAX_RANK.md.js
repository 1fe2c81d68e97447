import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_RANK","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/variables/MAX_RANK.md","filePath":"api/core/variables/MAX_RANK.md"}');
const _sfc_main = { name: "api/core/variables/MAX_RANK.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / MAX_RANK</p><h1 id="variable-max-rank" tabindex="-1">Variable: MAX_RANK <a class="header-anchor" href="#variable-max-rank" aria-label="Permalink to &quot;Variable: MAX\\_RANK&quot;">​</a></h1><blockquote><p><code>const</code> <strong>MAX_RANK</strong>: <code>16</code> = <code>16</code></p></blockquote><p>Defined in: packages/core/src/dim-order.ts:4</p><p>Largest rank ExecuTorch supports (<code>kTensorDimensionLimit</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/MAX_RANK.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_RANK = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_RANK as default
};
