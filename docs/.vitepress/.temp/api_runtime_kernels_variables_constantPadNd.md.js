import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: constantPadNd","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/constantPadNd.md","filePath":"api/runtime/kernels/variables/constantPadNd.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/constantPadNd.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / constantPadNd</p><h1 id="variable-constantpadnd" tabindex="-1">Variable: constantPadNd <a class="header-anchor" href="#variable-constantpadnd" aria-label="Permalink to &quot;Variable: constantPadNd&quot;">​</a></h1><blockquote><p><code>const</code> <strong>constantPadNd</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/constant-pad-nd.ts:12</p><p><code>aten::constant_pad_nd.out(Tensor self, SymInt[] pad, Scalar value=0, *, Tensor(a!) out)</code>; negative pads crop.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/constantPadNd.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const constantPadNd = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  constantPadNd as default
};
