import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: VkValue","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/type-aliases/VkValue.md","filePath":"api/backend-webgpu/type-aliases/VkValue.md"}');
const _sfc_main = { name: "api/backend-webgpu/type-aliases/VkValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / VkValue</p><h1 id="type-alias-vkvalue" tabindex="-1">Type Alias: VkValue <a class="header-anchor" href="#type-alias-vkvalue" aria-label="Permalink to &quot;Type Alias: VkValue&quot;">​</a></h1><blockquote><p><strong>VkValue</strong> = { <code>kind</code>: <a href="./../enumerations/VkValueKind.html#none"><code>None</code></a> | <a href="./../enumerations/VkValueKind.html#null"><code>Null</code></a>; } | { <code>kind</code>: <a href="./../enumerations/VkValueKind.html#int"><code>Int</code></a>; <code>value</code>: <code>bigint</code>; } | { <code>kind</code>: <a href="./../enumerations/VkValueKind.html#double"><code>Double</code></a>; <code>value</code>: <code>number</code>; } | { <code>kind</code>: <a href="./../enumerations/VkValueKind.html#bool"><code>Bool</code></a>; <code>value</code>: <code>boolean</code>; } | <a href="./../interfaces/VkTensor.html"><code>VkTensor</code></a> | { <code>kind</code>: <a href="./../enumerations/VkValueKind.html#intlist"><code>IntList</code></a>; <code>value</code>: readonly <code>bigint</code>[]; } | { <code>kind</code>: <a href="./../enumerations/VkValueKind.html#doublelist"><code>DoubleList</code></a>; <code>value</code>: readonly <code>number</code>[]; } | { <code>kind</code>: <a href="./../enumerations/VkValueKind.html#boollist"><code>BoolList</code></a>; <code>value</code>: readonly <code>boolean</code>[]; } | { <code>kind</code>: <a href="./../enumerations/VkValueKind.html#valuelist"><code>ValueList</code></a>; <code>value</code>: readonly <code>number</code>[]; } | { <code>kind</code>: <a href="./../enumerations/VkValueKind.html#string"><code>String</code></a>; <code>value</code>: <code>string</code>; } | { <code>kind</code>: <a href="./../enumerations/VkValueKind.html#symint"><code>SymInt</code></a>; <code>value</code>: <code>number</code>; }</p></blockquote><p>Defined in: serialization/vk-graph.ts:56</p><p>One value of the graph.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/type-aliases/VkValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VkValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VkValue as default
};
