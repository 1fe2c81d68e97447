import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: GEMM_NR","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/kernels/variables/GEMM_NR.md","filePath":"api/backend-xnnpack/kernels/variables/GEMM_NR.md"}');
const _sfc_main = { name: "api/backend-xnnpack/kernels/variables/GEMM_NR.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">kernels</a> / GEMM_NR</p><h1 id="variable-gemm-nr" tabindex="-1">Variable: GEMM_NR <a class="header-anchor" href="#variable-gemm-nr" aria-label="Permalink to &quot;Variable: GEMM\\_NR&quot;">​</a></h1><blockquote><p><code>const</code> <strong>GEMM_NR</strong>: <code>8</code> = <code>8</code></p></blockquote><p>Defined in: backend-xnnpack/src/kernels/packing.ts:9</p><p>Output columns per GEMM panel (the microkernel&#39;s tile width).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/kernels/variables/GEMM_NR.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GEMM_NR = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GEMM_NR as default
};
