import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DelegateInfo","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/DelegateInfo.md","filePath":"api/ir/interfaces/DelegateInfo.md"}');
const _sfc_main = { name: "api/ir/interfaces/DelegateInfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / DelegateInfo</p><h1 id="interface-delegateinfo" tabindex="-1">Interface: DelegateInfo <a class="header-anchor" href="#interface-delegateinfo" aria-label="Permalink to &quot;Interface: DelegateInfo&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/graph.ts:109</p><p>A delegate a <code>executorch.call_delegate</code> node calls: what the program&#39;s delegate table stores.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="compilespecs" tabindex="-1">compileSpecs <a class="header-anchor" href="#compilespecs" aria-label="Permalink to &quot;compileSpecs&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>compileSpecs</strong>: readonly <code>object</code>[]</p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:114</p><hr><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>id</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:111</p><p>Backend id, e.g. <code>XnnpackBackend</code>.</p><hr><h3 id="inline" tabindex="-1">inline? <a class="header-anchor" href="#inline" aria-label="Permalink to &quot;inline?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>inline?</strong>: <code>boolean</code></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:116</p><p>Keep the payload inline in the flatbuffer instead of a segment.</p><hr><h3 id="processed" tabindex="-1">processed <a class="header-anchor" href="#processed" aria-label="Permalink to &quot;processed&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>processed</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:113</p><p>The processed payload.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/DelegateInfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DelegateInfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DelegateInfo as default
};
