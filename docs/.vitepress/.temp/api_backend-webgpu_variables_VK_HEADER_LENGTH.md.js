import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: VK_HEADER_LENGTH","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/variables/VK_HEADER_LENGTH.md","filePath":"api/backend-webgpu/variables/VK_HEADER_LENGTH.md"}');
const _sfc_main = { name: "api/backend-webgpu/variables/VK_HEADER_LENGTH.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / VK_HEADER_LENGTH</p><h1 id="variable-vk-header-length" tabindex="-1">Variable: VK_HEADER_LENGTH <a class="header-anchor" href="#variable-vk-header-length" aria-label="Permalink to &quot;Variable: VK\\_HEADER\\_LENGTH&quot;">​</a></h1><blockquote><p><code>const</code> <strong>VK_HEADER_LENGTH</strong>: <code>30</code> = <code>30</code></p></blockquote><p>Defined in: serialization/vk-header.ts:6</p><p>Length the header declares for itself.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/variables/VK_HEADER_LENGTH.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VK_HEADER_LENGTH = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VK_HEADER_LENGTH as default
};
