import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: IMPLEMENTED_OPERATORS","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/variables/IMPLEMENTED_OPERATORS.md","filePath":"api/backend-webgpu/variables/IMPLEMENTED_OPERATORS.md"}');
const _sfc_main = { name: "api/backend-webgpu/variables/IMPLEMENTED_OPERATORS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / IMPLEMENTED_OPERATORS</p><h1 id="variable-implemented-operators" tabindex="-1">Variable: IMPLEMENTED_OPERATORS <a class="header-anchor" href="#variable-implemented-operators" aria-label="Permalink to &quot;Variable: IMPLEMENTED\\_OPERATORS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>IMPLEMENTED_OPERATORS</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: runtime/build-plan.ts:7</p><p>Node types (operator names) this backend executes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/variables/IMPLEMENTED_OPERATORS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IMPLEMENTED_OPERATORS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IMPLEMENTED_OPERATORS as default
};
