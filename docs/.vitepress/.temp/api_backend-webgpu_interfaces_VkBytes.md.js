import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VkBytes","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/interfaces/VkBytes.md","filePath":"api/backend-webgpu/interfaces/VkBytes.md"}');
const _sfc_main = { name: "api/backend-webgpu/interfaces/VkBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / VkBytes</p><h1 id="interface-vkbytes" tabindex="-1">Interface: VkBytes <a class="header-anchor" href="#interface-vkbytes" aria-label="Permalink to &quot;Interface: VkBytes&quot;">​</a></h1><p>Defined in: serialization/vk-graph.ts:70</p><p>Where a constant&#39;s bytes are: the payload&#39;s raw-bytes section, or a named-data key.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="length" tabindex="-1">length <a class="header-anchor" href="#length" aria-label="Permalink to &quot;length&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>length</strong>: <code>bigint</code></p></blockquote><p>Defined in: serialization/vk-graph.ts:73</p><hr><h3 id="namedkey" tabindex="-1">namedKey <a class="header-anchor" href="#namedkey" aria-label="Permalink to &quot;namedKey&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>namedKey</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: serialization/vk-graph.ts:74</p><hr><h3 id="offset" tabindex="-1">offset <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>offset</strong>: <code>bigint</code></p></blockquote><p>Defined in: serialization/vk-graph.ts:72</p><p>Offset in the raw-bytes section; <code>2^64 - 1</code> when the bytes are in named data.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/interfaces/VkBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VkBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VkBytes as default
};
