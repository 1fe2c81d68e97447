import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: upsampleBilinear2d","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/upsampleBilinear2d.md","filePath":"api/runtime/kernels/variables/upsampleBilinear2d.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/upsampleBilinear2d.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / upsampleBilinear2d</p><h1 id="variable-upsamplebilinear2d" tabindex="-1">Variable: upsampleBilinear2d <a class="header-anchor" href="#variable-upsamplebilinear2d" aria-label="Permalink to &quot;Variable: upsampleBilinear2d&quot;">​</a></h1><blockquote><p><code>const</code> <strong>upsampleBilinear2d</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/upsample-bilinear2d.ts:30</p><p><code>aten::upsample_bilinear2d.vec_out(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/upsampleBilinear2d.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const upsampleBilinear2d = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  upsampleBilinear2d as default
};
