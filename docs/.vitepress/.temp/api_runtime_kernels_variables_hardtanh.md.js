import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: hardtanh","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/hardtanh.md","filePath":"api/runtime/kernels/variables/hardtanh.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/hardtanh.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / hardtanh</p><h1 id="variable-hardtanh" tabindex="-1">Variable: hardtanh <a class="header-anchor" href="#variable-hardtanh" aria-label="Permalink to &quot;Variable: hardtanh&quot;">​</a></h1><blockquote><p><code>const</code> <strong>hardtanh</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/hardtanh.ts:7</p><p><code>aten::hardtanh.out(Tensor self, Scalar min_val=-1, Scalar max_val=1, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/hardtanh.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const hardtanh = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  hardtanh as default
};
