import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: adaptiveAvgPool2d","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/adaptiveAvgPool2d.md","filePath":"api/runtime/kernels/variables/adaptiveAvgPool2d.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/adaptiveAvgPool2d.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / adaptiveAvgPool2d</p><h1 id="variable-adaptiveavgpool2d" tabindex="-1">Variable: adaptiveAvgPool2d <a class="header-anchor" href="#variable-adaptiveavgpool2d" aria-label="Permalink to &quot;Variable: adaptiveAvgPool2d&quot;">​</a></h1><blockquote><p><code>const</code> <strong>adaptiveAvgPool2d</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/adaptive-avg-pool2d.ts:12</p><p><code>aten::_adaptive_avg_pool2d.out(Tensor self, SymInt[2] output_size, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/adaptiveAvgPool2d.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const adaptiveAvgPool2d = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  adaptiveAvgPool2d as default
};
