import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: XNN_INVALID_ID","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/variables/XNN_INVALID_ID.md","filePath":"api/backend-xnnpack/index/variables/XNN_INVALID_ID.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/variables/XNN_INVALID_ID.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XNN_INVALID_ID</p><h1 id="variable-xnn-invalid-id" tabindex="-1">Variable: XNN_INVALID_ID <a class="header-anchor" href="#variable-xnn-invalid-id" aria-label="Permalink to &quot;Variable: XNN\\_INVALID\\_ID&quot;">​</a></h1><blockquote><p><code>const</code> <strong>XNN_INVALID_ID</strong>: <code>4294967295</code> = <code>0xffff_ffff</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph.ts:26</p><p><code>XNN_INVALID_VALUE_ID</code>: no value (an absent bias, an internal value&#39;s external id).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/variables/XNN_INVALID_ID.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XNN_INVALID_ID = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XNN_INVALID_ID as default
};
