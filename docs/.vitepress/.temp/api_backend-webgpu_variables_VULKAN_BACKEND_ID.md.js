import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: VULKAN_BACKEND_ID","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/variables/VULKAN_BACKEND_ID.md","filePath":"api/backend-webgpu/variables/VULKAN_BACKEND_ID.md"}');
const _sfc_main = { name: "api/backend-webgpu/variables/VULKAN_BACKEND_ID.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / VULKAN_BACKEND_ID</p><h1 id="variable-vulkan-backend-id" tabindex="-1">Variable: VULKAN_BACKEND_ID <a class="header-anchor" href="#variable-vulkan-backend-id" aria-label="Permalink to &quot;Variable: VULKAN\\_BACKEND\\_ID&quot;">​</a></h1><blockquote><p><code>const</code> <strong>VULKAN_BACKEND_ID</strong>: <code>&quot;VulkanBackend&quot;</code> = <code>&#39;VulkanBackend&#39;</code></p></blockquote><p>Defined in: runtime/backend.ts:9</p><p>The delegate id ExecuTorch writes for Vulkan payloads.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/variables/VULKAN_BACKEND_ID.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VULKAN_BACKEND_ID = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VULKAN_BACKEND_ID as default
};
