import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: VK_GRAPH_IDENTIFIER","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/variables/VK_GRAPH_IDENTIFIER.md","filePath":"api/backend-webgpu/variables/VK_GRAPH_IDENTIFIER.md"}');
const _sfc_main = { name: "api/backend-webgpu/variables/VK_GRAPH_IDENTIFIER.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / VK_GRAPH_IDENTIFIER</p><h1 id="variable-vk-graph-identifier" tabindex="-1">Variable: VK_GRAPH_IDENTIFIER <a class="header-anchor" href="#variable-vk-graph-identifier" aria-label="Permalink to &quot;Variable: VK\\_GRAPH\\_IDENTIFIER&quot;">​</a></h1><blockquote><p><code>const</code> <strong>VK_GRAPH_IDENTIFIER</strong>: <code>&quot;VK00&quot;</code> = <code>&#39;VK00&#39;</code></p></blockquote><p>Defined in: serialization/vk-graph.ts:97</p><p>File identifier of the VkGraph flatbuffer.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/variables/VK_GRAPH_IDENTIFIER.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VK_GRAPH_IDENTIFIER = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VK_GRAPH_IDENTIFIER as default
};
