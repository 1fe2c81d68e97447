import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: XNN_GRAPH_IDENTIFIERS","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/variables/XNN_GRAPH_IDENTIFIERS.md","filePath":"api/backend-xnnpack/index/variables/XNN_GRAPH_IDENTIFIERS.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/variables/XNN_GRAPH_IDENTIFIERS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XNN_GRAPH_IDENTIFIERS</p><h1 id="variable-xnn-graph-identifiers" tabindex="-1">Variable: XNN_GRAPH_IDENTIFIERS <a class="header-anchor" href="#variable-xnn-graph-identifiers" aria-label="Permalink to &quot;Variable: XNN\\_GRAPH\\_IDENTIFIERS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>XNN_GRAPH_IDENTIFIERS</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-reader.ts:17</p><p>Flatbuffer identifiers accepted for <code>XNNGraph</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/variables/XNN_GRAPH_IDENTIFIERS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XNN_GRAPH_IDENTIFIERS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XNN_GRAPH_IDENTIFIERS as default
};
