import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: LOWERED_OPS","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/variables/LOWERED_OPS.md","filePath":"api/backend-xnnpack/partitioner/variables/LOWERED_OPS.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/variables/LOWERED_OPS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / LOWERED_OPS</p><h1 id="variable-lowered-ops" tabindex="-1">Variable: LOWERED_OPS <a class="header-anchor" href="#variable-lowered-ops" aria-label="Permalink to &quot;Variable: LOWERED\\_OPS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>LOWERED_OPS</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: backend-xnnpack/src/partition/support.ts:15</p><p>Op names the lowering knows (before argument checks).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/variables/LOWERED_OPS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LOWERED_OPS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LOWERED_OPS as default
};
