import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: abs","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/abs.md","filePath":"api/runtime/kernels/variables/abs.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/abs.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / abs</p><h1 id="variable-abs" tabindex="-1">Variable: abs <a class="header-anchor" href="#variable-abs" aria-label="Permalink to &quot;Variable: abs&quot;">​</a></h1><blockquote><p><code>const</code> <strong>abs</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/abs.ts:5</p><p><code>aten::abs.out(Tensor self, *, Tensor(a!) out)</code>; int64 exactly (the minimum wraps to itself).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/abs.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const abs = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  abs as default
};
