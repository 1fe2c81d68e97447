import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TensorStorage","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/TensorStorage.md","filePath":"api/ir/type-aliases/TensorStorage.md"}');
const _sfc_main = { name: "api/ir/type-aliases/TensorStorage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / TensorStorage</p><h1 id="type-alias-tensorstorage" tabindex="-1">Type Alias: TensorStorage <a class="header-anchor" href="#type-alias-tensorstorage" aria-label="Permalink to &quot;Type Alias: TensorStorage&quot;">​</a></h1><blockquote><p><strong>TensorStorage</strong> = <code>&quot;planned&quot;</code> | <code>&quot;constant&quot;</code> | <code>&quot;external&quot;</code> | <code>&quot;runtime&quot;</code></p></blockquote><p>Defined in: packages/ir/src/describe.ts:14</p><p>How a tensor&#39;s storage is provided.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/TensorStorage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TensorStorage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TensorStorage as default
};
