import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VkOperatorCall","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/interfaces/VkOperatorCall.md","filePath":"api/backend-webgpu/interfaces/VkOperatorCall.md"}');
const _sfc_main = { name: "api/backend-webgpu/interfaces/VkOperatorCall.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / VkOperatorCall</p><h1 id="interface-vkoperatorcall" tabindex="-1">Interface: VkOperatorCall <a class="header-anchor" href="#interface-vkoperatorcall" aria-label="Permalink to &quot;Interface: VkOperatorCall&quot;">​</a></h1><p>Defined in: serialization/vk-graph.ts:78</p><p>One operator call of the chain.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="args" tabindex="-1">args <a class="header-anchor" href="#args" aria-label="Permalink to &quot;args&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>args</strong>: readonly <code>number</code>[]</p></blockquote><p>Defined in: serialization/vk-graph.ts:82</p><p>Value ids; the outputs are the last ones.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: serialization/vk-graph.ts:80</p><hr><h3 id="nodeid" tabindex="-1">nodeId <a class="header-anchor" href="#nodeid" aria-label="Permalink to &quot;nodeId&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>nodeId</strong>: <code>number</code></p></blockquote><p>Defined in: serialization/vk-graph.ts:79</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/interfaces/VkOperatorCall.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VkOperatorCall = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VkOperatorCall as default
};
