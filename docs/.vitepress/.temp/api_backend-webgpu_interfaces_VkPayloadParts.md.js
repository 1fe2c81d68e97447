import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VkPayloadParts","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/interfaces/VkPayloadParts.md","filePath":"api/backend-webgpu/interfaces/VkPayloadParts.md"}');
const _sfc_main = { name: "api/backend-webgpu/interfaces/VkPayloadParts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / VkPayloadParts</p><h1 id="interface-vkpayloadparts" tabindex="-1">Interface: VkPayloadParts <a class="header-anchor" href="#interface-vkpayloadparts" aria-label="Permalink to &quot;Interface: VkPayloadParts&quot;">​</a></h1><p>Defined in: serialization/vk-header.ts:9</p><p>The parts of a Vulkan payload (views into it).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="flatbuffer" tabindex="-1">flatbuffer <a class="header-anchor" href="#flatbuffer" aria-label="Permalink to &quot;flatbuffer&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>flatbuffer</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: serialization/vk-header.ts:11</p><p>The <code>VkGraph</code> flatbuffer.</p><hr><h3 id="rawbytes" tabindex="-1">rawBytes <a class="header-anchor" href="#rawbytes" aria-label="Permalink to &quot;rawBytes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>rawBytes</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: serialization/vk-header.ts:13</p><p>The raw-bytes section (constants stored inline; empty when they are in named data).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/interfaces/VkPayloadParts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VkPayloadParts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VkPayloadParts as default
};
