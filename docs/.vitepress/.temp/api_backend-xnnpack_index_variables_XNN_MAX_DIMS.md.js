import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: XNN_MAX_DIMS","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/variables/XNN_MAX_DIMS.md","filePath":"api/backend-xnnpack/index/variables/XNN_MAX_DIMS.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/variables/XNN_MAX_DIMS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XNN_MAX_DIMS</p><h1 id="variable-xnn-max-dims" tabindex="-1">Variable: XNN_MAX_DIMS <a class="header-anchor" href="#variable-xnn-max-dims" aria-label="Permalink to &quot;Variable: XNN\\_MAX\\_DIMS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>XNN_MAX_DIMS</strong>: <code>6</code> = <code>6</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-validator.ts:25</p><p>Largest rank accepted for a value.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/variables/XNN_MAX_DIMS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XNN_MAX_DIMS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XNN_MAX_DIMS as default
};
