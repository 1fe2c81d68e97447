import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: powScalar","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/powScalar.md","filePath":"api/runtime/kernels/variables/powScalar.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/powScalar.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / powScalar</p><h1 id="variable-powscalar" tabindex="-1">Variable: powScalar <a class="header-anchor" href="#variable-powscalar" aria-label="Permalink to &quot;Variable: powScalar&quot;">​</a></h1><blockquote><p><code>const</code> <strong>powScalar</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/pow.ts:58</p><p><code>aten::pow.Scalar_out(Scalar self, Tensor exponent, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/powScalar.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const powScalar = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  powScalar as default
};
