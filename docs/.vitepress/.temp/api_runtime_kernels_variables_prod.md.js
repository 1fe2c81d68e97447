import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: prod","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/prod.md","filePath":"api/runtime/kernels/variables/prod.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/prod.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / prod</p><h1 id="variable-prod" tabindex="-1">Variable: prod <a class="header-anchor" href="#variable-prod" aria-label="Permalink to &quot;Variable: prod&quot;">​</a></h1><blockquote><p><code>const</code> <strong>prod</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/prod.ts:70</p><p><code>aten::prod.out(Tensor self, *, ScalarType? dtype=None, Tensor(a!) out)</code>: product of every element.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/prod.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const prod = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  prod as default
};
