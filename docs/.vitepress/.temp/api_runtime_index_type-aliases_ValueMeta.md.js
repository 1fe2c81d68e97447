import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ValueMeta","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/type-aliases/ValueMeta.md","filePath":"api/runtime/index/type-aliases/ValueMeta.md"}');
const _sfc_main = { name: "api/runtime/index/type-aliases/ValueMeta.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / ValueMeta</p><h1 id="type-alias-valuemeta" tabindex="-1">Type Alias: ValueMeta <a class="header-anchor" href="#type-alias-valuemeta" aria-label="Permalink to &quot;Type Alias: ValueMeta&quot;">​</a></h1><blockquote><p><strong>ValueMeta</strong> = <a href="./../interfaces/TensorValueMeta.html"><code>TensorValueMeta</code></a> | <a href="./../interfaces/ScalarValueMeta.html"><code>ScalarValueMeta</code></a></p></blockquote><p>Defined in: runtime/src/method-meta.ts:27</p><p>Describes one input or output of a method.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/type-aliases/ValueMeta.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ValueMeta = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ValueMeta as default
};
