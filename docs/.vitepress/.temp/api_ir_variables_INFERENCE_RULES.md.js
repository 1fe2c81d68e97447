import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: INFERENCE_RULES","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/variables/INFERENCE_RULES.md","filePath":"api/ir/variables/INFERENCE_RULES.md"}');
const _sfc_main = { name: "api/ir/variables/INFERENCE_RULES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / INFERENCE_RULES</p><h1 id="variable-inference-rules" tabindex="-1">Variable: INFERENCE_RULES <a class="header-anchor" href="#variable-inference-rules" aria-label="Permalink to &quot;Variable: INFERENCE\\_RULES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>INFERENCE_RULES</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: packages/ir/src/graph/shape-inference.ts:443</p><p>Names of the inference rules (every table row must name one).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/variables/INFERENCE_RULES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const INFERENCE_RULES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  INFERENCE_RULES as default
};
