import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: log2","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/log2.md","filePath":"api/runtime/kernels/variables/log2.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/log2.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / log2</p><h1 id="variable-log2" tabindex="-1">Variable: log2 <a class="header-anchor" href="#variable-log2" aria-label="Permalink to &quot;Variable: log2&quot;">​</a></h1><blockquote><p><code>const</code> <strong>log2</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/log2.ts:4</p><p><code>aten::log2.out(Tensor self, *, Tensor(a!) out)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/log2.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const log2 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  log2 as default
};
