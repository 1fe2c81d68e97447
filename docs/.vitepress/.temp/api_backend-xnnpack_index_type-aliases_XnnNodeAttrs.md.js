import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: XnnNodeAttrs","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/type-aliases/XnnNodeAttrs.md","filePath":"api/backend-xnnpack/index/type-aliases/XnnNodeAttrs.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/type-aliases/XnnNodeAttrs.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XnnNodeAttrs</p><h1 id="type-alias-xnnnodeattrs" tabindex="-1">Type Alias: XnnNodeAttrs <a class="header-anchor" href="#type-alias-xnnnodeattrs" aria-label="Permalink to &quot;Type Alias: XnnNodeAttrs&quot;">​</a></h1><blockquote><p><strong>XnnNodeAttrs</strong> = { <code>kind</code>: <code>&quot;none&quot;</code>; } | { <code>conv</code>: <a href="./../interfaces/XnnConvAttrs.html"><code>XnnConvAttrs</code></a>; <code>kind</code>: <code>&quot;conv&quot;</code>; } | { <code>kind</code>: <code>&quot;pool&quot;</code>; <code>pool</code>: <a href="./../interfaces/XnnPoolAttrs.html"><code>XnnPoolAttrs</code></a>; } | { <code>axis</code>: <code>number</code>; <code>kind</code>: <code>&quot;cat&quot;</code>; } | { <code>kind</code>: <code>&quot;transpose&quot;</code>; <code>perm</code>: readonly <code>number</code>[]; } | { <code>kind</code>: <code>&quot;reshape&quot;</code>; <code>newShape</code>: readonly <code>number</code>[]; } | { <code>kind</code>: <code>&quot;slice&quot;</code>; <code>offsets</code>: readonly <code>number</code>[]; <code>sizes</code>: readonly <code>number</code>[]; } | { <code>kind</code>: <code>&quot;pad&quot;</code>; <code>paddingValue</code>: <code>number</code>; <code>postPaddings</code>: readonly <code>number</code>[]; <code>prePaddings</code>: readonly <code>number</code>[]; } | { <code>kind</code>: <code>&quot;resize&quot;</code>; <code>newHeight</code>: <code>number</code>; <code>newWidth</code>: <code>number</code>; } | { <code>alpha</code>: <code>number</code>; <code>kind</code>: <code>&quot;elu&quot;</code>; } | { <code>kind</code>: <code>&quot;leaky-relu&quot;</code>; <code>negativeSlope</code>: <code>number</code>; }</p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph.ts:164</p><p>Attributes of a node, by the payload table its union member uses.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/type-aliases/XnnNodeAttrs.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XnnNodeAttrs = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XnnNodeAttrs as default
};
