import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: fillScalar","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/fillScalar.md","filePath":"api/runtime/kernels/variables/fillScalar.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/fillScalar.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / fillScalar</p><h1 id="variable-fillscalar" tabindex="-1">Variable: fillScalar <a class="header-anchor" href="#variable-fillscalar" aria-label="Permalink to &quot;Variable: fillScalar&quot;">​</a></h1><blockquote><p><code>const</code> <strong>fillScalar</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/fill.ts:9</p><p><code>aten::fill.Scalar_out(Tensor self, Scalar value, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/fillScalar.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fillScalar = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fillScalar as default
};
