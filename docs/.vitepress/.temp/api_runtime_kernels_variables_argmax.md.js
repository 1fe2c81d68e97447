import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: argmax","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/argmax.md","filePath":"api/runtime/kernels/variables/argmax.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/argmax.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / argmax</p><h1 id="variable-argmax" tabindex="-1">Variable: argmax <a class="header-anchor" href="#variable-argmax" aria-label="Permalink to &quot;Variable: argmax&quot;">​</a></h1><blockquote><p><code>const</code> <strong>argmax</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/argmax.ts:25</p><p><code>aten::argmax.out(Tensor self, int? dim=None, bool keepdim=False, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/argmax.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const argmax = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  argmax as default
};
