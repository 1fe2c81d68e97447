import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: embedding","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/embedding.md","filePath":"api/runtime/kernels/variables/embedding.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/embedding.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / embedding</p><h1 id="variable-embedding" tabindex="-1">Variable: embedding <a class="header-anchor" href="#variable-embedding" aria-label="Permalink to &quot;Variable: embedding&quot;">​</a></h1><blockquote><p><code>const</code> <strong>embedding</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/embedding.ts:14</p><p><code>aten::embedding.out(Tensor weight, Tensor indices, SymInt padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False, *, Tensor(a!) out)</code>: out[..., :] = weight[indices[...], :].</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/embedding.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const embedding = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  embedding as default
};
