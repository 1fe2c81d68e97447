import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: XNNPACK_CAPABILITIES","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/variables/XNNPACK_CAPABILITIES.md","filePath":"api/backend-xnnpack/index/variables/XNNPACK_CAPABILITIES.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/variables/XNNPACK_CAPABILITIES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XNNPACK_CAPABILITIES</p><h1 id="variable-xnnpack-capabilities" tabindex="-1">Variable: XNNPACK_CAPABILITIES <a class="header-anchor" href="#variable-xnnpack-capabilities" aria-label="Permalink to &quot;Variable: XNNPACK\\_CAPABILITIES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>XNNPACK_CAPABILITIES</strong>: <a href="./../../../core/interfaces/BackendCapabilities.html"><code>BackendCapabilities</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/capabilities.ts:9</p><p>What the XNNPACK backend executes, declared once for its runtime entry and its lowering. The operators are those ExecuTorch&#39;s XnnpackPartitioner delegates and this runtime implements, plus those Kindling&#39;s own lowering takes (a test checks that the lowering never takes an undeclared operator). Pure data: importing it pulls in no kernel or lowering code.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/variables/XNNPACK_CAPABILITIES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XNNPACK_CAPABILITIES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XNNPACK_CAPABILITIES as default
};
