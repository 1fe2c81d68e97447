import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MethodOutput","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/type-aliases/MethodOutput.md","filePath":"api/runtime/index/type-aliases/MethodOutput.md"}');
const _sfc_main = { name: "api/runtime/index/type-aliases/MethodOutput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / MethodOutput</p><h1 id="type-alias-methodoutput" tabindex="-1">Type Alias: MethodOutput <a class="header-anchor" href="#type-alias-methodoutput" aria-label="Permalink to &quot;Type Alias: MethodOutput&quot;">​</a></h1><blockquote><p><strong>MethodOutput</strong> = <a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a> | <code>number</code> | <code>boolean</code> | <code>string</code> | <code>null</code> | readonly <code>number</code>[] | readonly <code>boolean</code>[] | readonly <a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a>[] | readonly (<a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a> | <code>null</code>)[]</p></blockquote><p>Defined in: runtime/src/method-io.ts:26</p><p>A value a method returned. Tensors are copies unless <code>zeroCopy</code> was asked for.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/type-aliases/MethodOutput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MethodOutput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MethodOutput as default
};
