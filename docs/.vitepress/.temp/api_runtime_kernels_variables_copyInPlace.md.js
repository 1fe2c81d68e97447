import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: copyInPlace","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/kernels/variables/copyInPlace.md","filePath":"api/runtime/kernels/variables/copyInPlace.md"}');
const _sfc_main = { name: "api/runtime/kernels/variables/copyInPlace.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">kernels</a> / copyInPlace</p><h1 id="variable-copyinplace" tabindex="-1">Variable: copyInPlace <a class="header-anchor" href="#variable-copyinplace" aria-label="Permalink to &quot;Variable: copyInPlace&quot;">​</a></h1><blockquote><p><code>const</code> <strong>copyInPlace</strong>: <a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p></blockquote><p>Defined in: runtime/src/kernels/copy.ts:30</p><p><code>aten::copy_(Tensor(a!) self, Tensor src, bool non_blocking=False) -&gt; Tensor(a!)</code>: in place into self.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/kernels/variables/copyInPlace.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const copyInPlace = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  copyInPlace as default
};
