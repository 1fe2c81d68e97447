import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: sliceCopy","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/sliceCopy.md","filePath":"api/runtime/kernels/variables/sliceCopy.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/sliceCopy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / sliceCopy</p><h1 id="variable-slicecopy" tabindex="-1">Variable: sliceCopy <a class="header-anchor" href="#variable-slicecopy" aria-label="Permalink to &quot;Variable: sliceCopy&quot;">​</a></h1><blockquote><p><code>const</code> <strong>sliceCopy</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/slice-copy.ts:12</p><p><code>aten::slice_copy.Tensor_out(Tensor self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/sliceCopy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sliceCopy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sliceCopy as default
};
