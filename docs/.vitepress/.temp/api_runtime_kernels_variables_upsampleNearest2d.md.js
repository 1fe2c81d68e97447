import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: upsampleNearest2d","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/upsampleNearest2d.md","filePath":"api/runtime/kernels/variables/upsampleNearest2d.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/upsampleNearest2d.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / upsampleNearest2d</p><h1 id="variable-upsamplenearest2d" tabindex="-1">Variable: upsampleNearest2d <a class="header-anchor" href="#variable-upsamplenearest2d" aria-label="Permalink to &quot;Variable: upsampleNearest2d&quot;">​</a></h1><blockquote><p><code>const</code> <strong>upsampleNearest2d</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/upsample-nearest2d.ts:19</p><p><code>aten::upsample_nearest2d.vec_out(Tensor input, SymInt[]? output_size, float[]? scale_factors, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/upsampleNearest2d.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const upsampleNearest2d = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  upsampleNearest2d as default
};
