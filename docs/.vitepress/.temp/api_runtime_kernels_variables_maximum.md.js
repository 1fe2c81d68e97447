import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: maximum","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/maximum.md","filePath":"api/runtime/kernels/variables/maximum.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/maximum.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / maximum</p><h1 id="variable-maximum" tabindex="-1">Variable: maximum <a class="header-anchor" href="#variable-maximum" aria-label="Permalink to &quot;Variable: maximum&quot;">​</a></h1><blockquote><p><code>const</code> <strong>maximum</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/maximum.ts:4</p><p><code>aten::maximum.out(Tensor self, Tensor other, *, Tensor(a!) out)</code>; NaN propagates.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/maximum.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const maximum = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  maximum as default
};
