import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: sub","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/sub.md","filePath":"api/runtime/kernels/variables/sub.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/sub.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / sub</p><h1 id="variable-sub" tabindex="-1">Variable: sub <a class="header-anchor" href="#variable-sub" aria-label="Permalink to &quot;Variable: sub&quot;">​</a></h1><blockquote><p><code>const</code> <strong>sub</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/sub.ts:37</p><p><code>aten::sub.out(Tensor self, Tensor other, *, Scalar alpha=1, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/sub.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sub = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sub as default
};
