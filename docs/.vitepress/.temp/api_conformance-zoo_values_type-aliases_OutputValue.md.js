import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: OutputValue","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/values/type-aliases/OutputValue.md","filePath":"api/conformance-zoo/values/type-aliases/OutputValue.md"}');
const _sfc_main = { name: "api/conformance-zoo/values/type-aliases/OutputValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">values</a> / OutputValue</p><h1 id="type-alias-outputvalue" tabindex="-1">Type Alias: OutputValue <a class="header-anchor" href="#type-alias-outputvalue" aria-label="Permalink to &quot;Type Alias: OutputValue&quot;">​</a></h1><blockquote><p><strong>OutputValue</strong> = <a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a> | <code>number</code> | <code>bigint</code> | <code>boolean</code> | <code>string</code> | <code>null</code> | readonly <code>unknown</code>[]</p></blockquote><p>Defined in: values.ts:60</p><p>A method output as the runtime returns it: a tensor, a scalar or <code>null</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/values/type-aliases/OutputValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OutputValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OutputValue as default
};
