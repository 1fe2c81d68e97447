import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: maxPool2dWithIndices","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/maxPool2dWithIndices.md","filePath":"api/runtime/kernels/variables/maxPool2dWithIndices.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/maxPool2dWithIndices.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / maxPool2dWithIndices</p><h1 id="variable-maxpool2dwithindices" tabindex="-1">Variable: maxPool2dWithIndices <a class="header-anchor" href="#variable-maxpool2dwithindices" aria-label="Permalink to &quot;Variable: maxPool2dWithIndices&quot;">​</a></h1><blockquote><p><code>const</code> <strong>maxPool2dWithIndices</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/max-pool2d-with-indices.ts:15</p><p><code>aten::max_pool2d_with_indices.out(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False, *, Tensor(a!) out, Tensor(b!) indices)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/maxPool2dWithIndices.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const maxPool2dWithIndices = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  maxPool2dWithIndices as default
};
