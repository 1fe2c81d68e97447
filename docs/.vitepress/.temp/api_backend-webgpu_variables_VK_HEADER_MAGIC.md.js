import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: VK_HEADER_MAGIC","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/variables/VK_HEADER_MAGIC.md","filePath":"api/backend-webgpu/variables/VK_HEADER_MAGIC.md"}');
const _sfc_main = { name: "api/backend-webgpu/variables/VK_HEADER_MAGIC.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / VK_HEADER_MAGIC</p><h1 id="variable-vk-header-magic" tabindex="-1">Variable: VK_HEADER_MAGIC <a class="header-anchor" href="#variable-vk-header-magic" aria-label="Permalink to &quot;Variable: VK\\_HEADER\\_MAGIC&quot;">​</a></h1><blockquote><p><code>const</code> <strong>VK_HEADER_MAGIC</strong>: <code>&quot;VH00&quot;</code> = <code>&#39;VH00&#39;</code></p></blockquote><p>Defined in: serialization/vk-header.ts:4</p><p>Magic of the Vulkan delegate header, at byte 4.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/variables/VK_HEADER_MAGIC.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VK_HEADER_MAGIC = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VK_HEADER_MAGIC as default
};
