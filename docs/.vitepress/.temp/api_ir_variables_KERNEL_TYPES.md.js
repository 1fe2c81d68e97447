import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: KERNEL_TYPES","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/variables/KERNEL_TYPES.md","filePath":"api/ir/variables/KERNEL_TYPES.md"}');
const _sfc_main = { name: "api/ir/variables/KERNEL_TYPES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / KERNEL_TYPES</p><h1 id="variable-kernel-types" tabindex="-1">Variable: KERNEL_TYPES <a class="header-anchor" href="#variable-kernel-types" aria-label="Permalink to &quot;Variable: KERNEL\\_TYPES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>KERNEL_TYPES</strong>: readonly [<code>&quot;Null&quot;</code>, <code>&quot;Int&quot;</code>, <code>&quot;Bool&quot;</code>, <code>&quot;Double&quot;</code>, <code>&quot;Tensor&quot;</code>, <code>&quot;String&quot;</code>, <code>&quot;IntList&quot;</code>, <code>&quot;DoubleList&quot;</code>, <code>&quot;BoolList&quot;</code>, <code>&quot;TensorList&quot;</code>, <code>&quot;OptionalTensorList&quot;</code>]</p></blockquote><p>Defined in: packages/ir/src/program-data.ts:62</p><p>The type tags of <a href="./../type-aliases/EValueData.html">EValueData</a>, numbered as the <code>KernelTypes</code> union.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/variables/KERNEL_TYPES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KERNEL_TYPES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KERNEL_TYPES as default
};
