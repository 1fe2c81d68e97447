import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: XnnValueData","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/type-aliases/XnnValueData.md","filePath":"api/backend-xnnpack/partitioner/type-aliases/XnnValueData.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/type-aliases/XnnValueData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / XnnValueData</p><h1 id="type-alias-xnnvaluedata" tabindex="-1">Type Alias: XnnValueData <a class="header-anchor" href="#type-alias-xnnvaluedata" aria-label="Permalink to &quot;Type Alias: XnnValueData&quot;">​</a></h1><blockquote><p><strong>XnnValueData</strong> = <code>Omit</code>&lt;<a href="./../../index/interfaces/XnnValue.html"><code>XnnValue</code></a>, <code>&quot;index&quot;</code> | <code>&quot;dqDatatype&quot;</code> | <code>&quot;quant&quot;</code>&gt; &amp; <code>object</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-writer.ts:50</p><p>A value to write: <a href="./../../index/interfaces/XnnValue.html">XnnValue</a> without its position (and with defaults for the rest).</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="dqdatatype" tabindex="-1">dqDatatype? <a class="header-anchor" href="#dqdatatype" aria-label="Permalink to &quot;dqDatatype?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>dqDatatype?</strong>: <a href="./../../index/enumerations/XnnDatatype.html"><code>XnnDatatype</code></a></p></blockquote><h3 id="quant" tabindex="-1">quant? <a class="header-anchor" href="#quant" aria-label="Permalink to &quot;quant?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>quant?</strong>: <a href="./../../index/type-aliases/XnnQuantParams.html"><code>XnnQuantParams</code></a> | <code>null</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/type-aliases/XnnValueData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XnnValueData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XnnValueData as default
};
