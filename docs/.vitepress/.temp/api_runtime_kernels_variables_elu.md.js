import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: elu","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/elu.md","filePath":"api/runtime/kernels/variables/elu.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/elu.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / elu</p><h1 id="variable-elu" tabindex="-1">Variable: elu <a class="header-anchor" href="#variable-elu" aria-label="Permalink to &quot;Variable: elu&quot;">​</a></h1><blockquote><p><code>const</code> <strong>elu</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/elu.ts:12</p><p><code>aten::elu.out(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1, *, Tensor(a!) out)</code>: <code>x &gt; 0 ? x * scale : alpha * scale * expm1(x * input_scale)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/elu.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const elu = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  elu as default
};
