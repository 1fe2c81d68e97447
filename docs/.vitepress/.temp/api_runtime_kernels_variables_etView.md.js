import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: etView","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/etView.md","filePath":"api/runtime/kernels/variables/etView.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/etView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / etView</p><h1 id="variable-etview" tabindex="-1">Variable: etView <a class="header-anchor" href="#variable-etview" aria-label="Permalink to &quot;Variable: etView&quot;">​</a></h1><blockquote><p><code>const</code> <strong>etView</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/prim/tensor.ts:53</p><p><code>executorch_prim::et_view.default(Tensor self, int[] size) -&gt; Tensor</code>: an aliasing view; the output slot is replaced by a tensor over <code>self</code>&#39;s storage.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/etView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const etView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  etView as default
};
