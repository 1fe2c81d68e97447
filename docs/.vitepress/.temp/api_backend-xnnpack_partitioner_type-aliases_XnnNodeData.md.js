import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: XnnNodeData","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/type-aliases/XnnNodeData.md","filePath":"api/backend-xnnpack/partitioner/type-aliases/XnnNodeData.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/type-aliases/XnnNodeData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / XnnNodeData</p><h1 id="type-alias-xnnnodedata" tabindex="-1">Type Alias: XnnNodeData <a class="header-anchor" href="#type-alias-xnnnodedata" aria-label="Permalink to &quot;Type Alias: XnnNodeData&quot;">​</a></h1><blockquote><p><strong>XnnNodeData</strong> = <code>Omit</code>&lt;<a href="./../../index/interfaces/XnnNode.html"><code>XnnNode</code></a>, <code>&quot;index&quot;</code> | <code>&quot;flags&quot;</code> | <code>&quot;debugHandle&quot;</code> | <code>&quot;outputMin&quot;</code> | <code>&quot;outputMax&quot;</code> | <code>&quot;attrs&quot;</code>&gt; &amp; <code>object</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-writer.ts:56</p><p>A node to write: <a href="./../../index/interfaces/XnnNode.html">XnnNode</a> without its position; flags 0, no clamp and no attributes by default.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="attrs" tabindex="-1">attrs? <a class="header-anchor" href="#attrs" aria-label="Permalink to &quot;attrs?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>attrs?</strong>: <a href="./../../index/type-aliases/XnnNodeAttrs.html"><code>XnnNodeAttrs</code></a></p></blockquote><h3 id="debughandle" tabindex="-1">debugHandle? <a class="header-anchor" href="#debughandle" aria-label="Permalink to &quot;debugHandle?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>debugHandle?</strong>: <code>number</code></p></blockquote><h3 id="flags" tabindex="-1">flags? <a class="header-anchor" href="#flags" aria-label="Permalink to &quot;flags?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>flags?</strong>: <code>number</code></p></blockquote><h3 id="outputmax" tabindex="-1">outputMax? <a class="header-anchor" href="#outputmax" aria-label="Permalink to &quot;outputMax?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>outputMax?</strong>: <code>number</code></p></blockquote><h3 id="outputmin" tabindex="-1">outputMin? <a class="header-anchor" href="#outputmin" aria-label="Permalink to &quot;outputMin?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>outputMin?</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/type-aliases/XnnNodeData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XnnNodeData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XnnNodeData as default
};
