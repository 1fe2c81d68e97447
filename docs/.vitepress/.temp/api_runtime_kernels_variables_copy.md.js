import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: copy","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/copy.md","filePath":"api/runtime/kernels/variables/copy.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/copy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / copy</p><h1 id="variable-copy" tabindex="-1">Variable: copy <a class="header-anchor" href="#variable-copy" aria-label="Permalink to &quot;Variable: copy&quot;">​</a></h1><blockquote><p><code>const</code> <strong>copy</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/copy.ts:18</p><p><code>aten::copy.out(Tensor self, Tensor src, bool non_blocking=False, *, Tensor(a!) out)</code>: src broadcast to self&#39;s shape.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/copy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const copy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  copy as default
};
