import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseVkPayload()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/functions/parseVkPayload.md","filePath":"api/backend-webgpu/functions/parseVkPayload.md"}');
const _sfc_main = { name: "api/backend-webgpu/functions/parseVkPayload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / parseVkPayload</p><h1 id="function-parsevkpayload" tabindex="-1">Function: parseVkPayload() <a class="header-anchor" href="#function-parsevkpayload" aria-label="Permalink to &quot;Function: parseVkPayload()&quot;">​</a></h1><blockquote><p><strong>parseVkPayload</strong>(<code>payload</code>): <a href="./../interfaces/VkPayloadParts.html"><code>VkPayloadParts</code></a></p></blockquote><p>Defined in: serialization/vk-header.ts:21</p><p>Splits a Vulkan payload: 4 unused bytes, magic <code>VH00</code>, u16 header length, u32 flatbuffer offset, u32 flatbuffer size, u32 raw-bytes offset, u64 raw-bytes size (little endian). Every offset and size is checked to lie in the payload.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="payload" tabindex="-1">payload <a class="header-anchor" href="#payload" aria-label="Permalink to &quot;payload&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/VkPayloadParts.html"><code>VkPayloadParts</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/functions/parseVkPayload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseVkPayload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseVkPayload as default
};
