import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: IMPLEMENTED_NODE_TYPES","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/variables/IMPLEMENTED_NODE_TYPES.md","filePath":"api/backend-xnnpack/index/variables/IMPLEMENTED_NODE_TYPES.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/variables/IMPLEMENTED_NODE_TYPES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / IMPLEMENTED_NODE_TYPES</p><h1 id="variable-implemented-node-types" tabindex="-1">Variable: IMPLEMENTED_NODE_TYPES <a class="header-anchor" href="#variable-implemented-node-types" aria-label="Permalink to &quot;Variable: IMPLEMENTED\\_NODE\\_TYPES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>IMPLEMENTED_NODE_TYPES</strong>: readonly <a href="./../enumerations/XnnNodeType.html"><code>XnnNodeType</code></a>[]</p></blockquote><p>Defined in: backend-xnnpack/src/runtime/implemented-node-types.ts:59</p><p>XNNPACK node types the runtime executes. Data only, so that the AOT entry (<code>./partitioner</code>) can read it without loading the runtime&#39;s kernels; the runtime&#39;s table of step factories (<code>steps/index.ts</code>) is typed by ImplementedNodeType, so that it has exactly these keys.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/variables/IMPLEMENTED_NODE_TYPES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IMPLEMENTED_NODE_TYPES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IMPLEMENTED_NODE_TYPES as default
};
