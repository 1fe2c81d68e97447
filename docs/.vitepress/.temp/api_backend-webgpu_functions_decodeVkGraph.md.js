import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeVkGraph()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/functions/decodeVkGraph.md","filePath":"api/backend-webgpu/functions/decodeVkGraph.md"}');
const _sfc_main = { name: "api/backend-webgpu/functions/decodeVkGraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / decodeVkGraph</p><h1 id="function-decodevkgraph" tabindex="-1">Function: decodeVkGraph() <a class="header-anchor" href="#function-decodevkgraph" aria-label="Permalink to &quot;Function: decodeVkGraph()&quot;">​</a></h1><blockquote><p><strong>decodeVkGraph</strong>(<code>bytes</code>): <a href="./../interfaces/VkGraph.html"><code>VkGraph</code></a></p></blockquote><p>Defined in: serialization/vk-graph.ts:144</p><p>Decodes a VkGraph flatbuffer (its structure only: the backend checks its meaning at load).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/VkGraph.html"><code>VkGraph</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/functions/decodeVkGraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeVkGraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeVkGraph as default
};
