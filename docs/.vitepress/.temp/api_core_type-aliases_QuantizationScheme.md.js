import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: QuantizationScheme","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/QuantizationScheme.md","filePath":"api/core/type-aliases/QuantizationScheme.md"}');
const _sfc_main = { name: "api/core/type-aliases/QuantizationScheme.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / QuantizationScheme</p><h1 id="type-alias-quantizationscheme" tabindex="-1">Type Alias: QuantizationScheme <a class="header-anchor" href="#type-alias-quantizationscheme" aria-label="Permalink to &quot;Type Alias: QuantizationScheme&quot;">​</a></h1><blockquote><p><strong>QuantizationScheme</strong> = <code>&quot;int8-static&quot;</code> | <code>&quot;int8-dynamic&quot;</code> | <code>&quot;int4-weight-blockwise&quot;</code> | <code>&quot;int4-weight-per-channel&quot;</code> | <code>string</code> &amp; <code>object</code></p></blockquote><p>Defined in: packages/core/src/backend.ts:73</p><p>A quantization scheme a backend executes, named after how the program was quantized:</p><ul><li><code>&#39;int8-static&#39;</code>: int8 activations and weights with scales fixed at export (PT2E calibration);</li><li><code>&#39;int8-dynamic&#39;</code>: int8 activations quantized at run time per row, int8 weights per channel;</li><li><code>&#39;int4-weight-blockwise&#39;</code>: int8 dynamic activations with int4 weights in groups along the reduction dimension (&quot;8da4w&quot;);</li><li><code>&#39;int4-weight-per-channel&#39;</code>: the same with one int4 scale per output channel.</li></ul><p>Other strings are allowed for schemes of a vendor&#39;s own.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/QuantizationScheme.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const QuantizationScheme = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  QuantizationScheme as default
};
