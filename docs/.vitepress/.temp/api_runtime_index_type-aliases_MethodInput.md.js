import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MethodInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/type-aliases/MethodInput.md","filePath":"api/runtime/index/type-aliases/MethodInput.md"}');
const _sfc_main = { name: "api/runtime/index/type-aliases/MethodInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / MethodInput</p><h1 id="type-alias-methodinput" tabindex="-1">Type Alias: MethodInput <a class="header-anchor" href="#type-alias-methodinput" aria-label="Permalink to &quot;Type Alias: MethodInput&quot;">​</a></h1><blockquote><p><strong>MethodInput</strong> = <a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a> | <a href="./../../../core/type-aliases/TypedArray.html"><code>TypedArray</code></a> | readonly <code>number</code>[] | <code>number</code> | <code>bigint</code> | <code>boolean</code> | <code>string</code> | <code>null</code></p></blockquote><p>Defined in: runtime/src/method-io.ts:23</p><p>A value given as a method input: a <code>Tensor</code>; a typed array or plain number array (the tensor&#39;s shape is taken from the method&#39;s metadata); a number, bigint or boolean (a scalar input, or a one-element tensor); a string; or <code>null</code> for None.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/type-aliases/MethodInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MethodInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MethodInput as default
};
