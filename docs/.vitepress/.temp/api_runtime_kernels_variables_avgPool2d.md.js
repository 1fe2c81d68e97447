import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: avgPool2d","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/avgPool2d.md","filePath":"api/runtime/kernels/variables/avgPool2d.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/avgPool2d.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / avgPool2d</p><h1 id="variable-avgpool2d" tabindex="-1">Variable: avgPool2d <a class="header-anchor" href="#variable-avgpool2d" aria-label="Permalink to &quot;Variable: avgPool2d&quot;">​</a></h1><blockquote><p><code>const</code> <strong>avgPool2d</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/avg-pool2d.ts:15</p><p><code>aten::avg_pool2d.out(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/avgPool2d.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const avgPool2d = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  avgPool2d as default
};
