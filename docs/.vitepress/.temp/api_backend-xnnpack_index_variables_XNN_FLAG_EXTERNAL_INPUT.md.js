import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: XNN_FLAG_EXTERNAL_INPUT","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/variables/XNN_FLAG_EXTERNAL_INPUT.md","filePath":"api/backend-xnnpack/index/variables/XNN_FLAG_EXTERNAL_INPUT.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/variables/XNN_FLAG_EXTERNAL_INPUT.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XNN_FLAG_EXTERNAL_INPUT</p><h1 id="variable-xnn-flag-external-input" tabindex="-1">Variable: XNN_FLAG_EXTERNAL_INPUT <a class="header-anchor" href="#variable-xnn-flag-external-input" aria-label="Permalink to &quot;Variable: XNN\\_FLAG\\_EXTERNAL\\_INPUT&quot;">​</a></h1><blockquote><p><code>const</code> <strong>XNN_FLAG_EXTERNAL_INPUT</strong>: <code>1</code> = <code>1</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph.ts:28</p><p>Value flag: the value is an input of the delegate call.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/variables/XNN_FLAG_EXTERNAL_INPUT.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XNN_FLAG_EXTERNAL_INPUT = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XNN_FLAG_EXTERNAL_INPUT as default
};
