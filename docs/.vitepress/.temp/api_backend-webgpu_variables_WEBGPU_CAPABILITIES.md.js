import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: WEBGPU_CAPABILITIES","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/variables/WEBGPU_CAPABILITIES.md","filePath":"api/backend-webgpu/variables/WEBGPU_CAPABILITIES.md"}');
const _sfc_main = { name: "api/backend-webgpu/variables/WEBGPU_CAPABILITIES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / WEBGPU_CAPABILITIES</p><h1 id="variable-webgpu-capabilities" tabindex="-1">Variable: WEBGPU_CAPABILITIES <a class="header-anchor" href="#variable-webgpu-capabilities" aria-label="Permalink to &quot;Variable: WEBGPU\\_CAPABILITIES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>WEBGPU_CAPABILITIES</strong>: <a href="./../../core/interfaces/BackendCapabilities.html"><code>BackendCapabilities</code></a></p></blockquote><p>Defined in: capabilities.ts:10</p><p>What the WebGPU backend executes, by the graph IR&#39;s operator names (the names the backend test suite matches against a program&#39;s operators). Each one is implemented for the node type the Vulkan partitioner writes for it (a portable program&#39;s <code>addmm</code>/<code>mm</code> of a linear layer arrives as <code>aten.linear.default</code>; <code>arange.start</code> as <code>aten.arange.start_step</code>; the portable program&#39;s <code>ne.Scalar_out</code> as <code>aten.ne.Scalar</code>). Pure data.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/variables/WEBGPU_CAPABILITIES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WEBGPU_CAPABILITIES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WEBGPU_CAPABILITIES as default
};
