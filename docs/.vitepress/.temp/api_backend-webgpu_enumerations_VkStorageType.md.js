import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Enumeration: VkStorageType","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/enumerations/VkStorageType.md","filePath":"api/backend-webgpu/enumerations/VkStorageType.md"}');
const _sfc_main = { name: "api/backend-webgpu/enumerations/VkStorageType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / VkStorageType</p><h1 id="enumeration-vkstoragetype" tabindex="-1">Enumeration: VkStorageType <a class="header-anchor" href="#enumeration-vkstoragetype" aria-label="Permalink to &quot;Enumeration: VkStorageType&quot;">​</a></h1><p>Defined in: serialization/vk-graph.ts:18</p><p>Storage hints (<code>VkStorageType</code>); this backend keeps every tensor in a storage buffer.</p><h2 id="enumeration-members" tabindex="-1">Enumeration Members <a class="header-anchor" href="#enumeration-members" aria-label="Permalink to &quot;Enumeration Members&quot;">​</a></h2><h3 id="buffer" tabindex="-1">Buffer <a class="header-anchor" href="#buffer" aria-label="Permalink to &quot;Buffer&quot;">​</a></h3><blockquote><p><strong>Buffer</strong>: <code>0</code></p></blockquote><p>Defined in: serialization/vk-graph.ts:19</p><hr><h3 id="default" tabindex="-1">Default <a class="header-anchor" href="#default" aria-label="Permalink to &quot;Default&quot;">​</a></h3><blockquote><p><strong>Default</strong>: <code>255</code></p></blockquote><p>Defined in: serialization/vk-graph.ts:22</p><hr><h3 id="texture2d" tabindex="-1">Texture2D <a class="header-anchor" href="#texture2d" aria-label="Permalink to &quot;Texture2D&quot;">​</a></h3><blockquote><p><strong>Texture2D</strong>: <code>2</code></p></blockquote><p>Defined in: serialization/vk-graph.ts:21</p><hr><h3 id="texture3d" tabindex="-1">Texture3D <a class="header-anchor" href="#texture3d" aria-label="Permalink to &quot;Texture3D&quot;">​</a></h3><blockquote><p><strong>Texture3D</strong>: <code>1</code></p></blockquote><p>Defined in: serialization/vk-graph.ts:20</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/enumerations/VkStorageType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VkStorageType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VkStorageType as default
};
