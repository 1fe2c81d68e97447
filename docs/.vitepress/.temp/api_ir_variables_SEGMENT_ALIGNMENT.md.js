import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SEGMENT_ALIGNMENT","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/variables/SEGMENT_ALIGNMENT.md","filePath":"api/ir/variables/SEGMENT_ALIGNMENT.md"}');
const _sfc_main = { name: "api/ir/variables/SEGMENT_ALIGNMENT.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / SEGMENT_ALIGNMENT</p><h1 id="variable-segment-alignment" tabindex="-1">Variable: SEGMENT_ALIGNMENT <a class="header-anchor" href="#variable-segment-alignment" aria-label="Permalink to &quot;Variable: SEGMENT\\_ALIGNMENT&quot;">​</a></h1><blockquote><p><code>const</code> <strong>SEGMENT_ALIGNMENT</strong>: <code>128</code> = <code>128</code></p></blockquote><p>Defined in: packages/ir/src/pte-writer.ts:14</p><p>Default segment alignment of ExecuTorch&#39;s serializer.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/variables/SEGMENT_ALIGNMENT.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SEGMENT_ALIGNMENT = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SEGMENT_ALIGNMENT as default
};
