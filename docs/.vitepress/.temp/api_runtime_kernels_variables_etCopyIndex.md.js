import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: etCopyIndex","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/etCopyIndex.md","filePath":"api/runtime/kernels/variables/etCopyIndex.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/etCopyIndex.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / etCopyIndex</p><h1 id="variable-etcopyindex" tabindex="-1">Variable: etCopyIndex <a class="header-anchor" href="#variable-etcopyindex" aria-label="Permalink to &quot;Variable: etCopyIndex&quot;">​</a></h1><blockquote><p><code>const</code> <strong>etCopyIndex</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/prim/tensor.ts:95</p><p><code>executorch_prim::et_copy_index.tensor(Tensor copy_to, Tensor copy_from, int index)</code>: writes copy_from into copy_to[index], growing copy_to&#39;s first dimension to index + 1 when needed.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/etCopyIndex.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const etCopyIndex = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  etCopyIndex as default
};
