import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PreprocessResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/PreprocessResult.md","filePath":"api/partitioner/interfaces/PreprocessResult.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/PreprocessResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / PreprocessResult</p><h1 id="interface-preprocessresult" tabindex="-1">Interface: PreprocessResult <a class="header-anchor" href="#interface-preprocessresult" aria-label="Permalink to &quot;Interface: PreprocessResult&quot;">​</a></h1><p>Defined in: partitioner/src/backend-lowering.ts:49</p><p>What <code>preprocess</code> returns.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="compilespecs" tabindex="-1">compileSpecs? <a class="header-anchor" href="#compilespecs" aria-label="Permalink to &quot;compileSpecs?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>compileSpecs?</strong>: readonly <a href="./../../core/interfaces/CompileSpec.html"><code>CompileSpec</code></a>[]</p></blockquote><p>Defined in: partitioner/src/backend-lowering.ts:55</p><p>Compile specs to write (default: those given to <code>preprocess</code>).</p><hr><h3 id="inline" tabindex="-1">inline? <a class="header-anchor" href="#inline" aria-label="Permalink to &quot;inline?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>inline?</strong>: <code>boolean</code></p></blockquote><p>Defined in: partitioner/src/backend-lowering.ts:57</p><p>Store the payload inline in the flatbuffer instead of a segment (default <code>false</code>).</p><hr><h3 id="nameddata" tabindex="-1">namedData? <a class="header-anchor" href="#nameddata" aria-label="Permalink to &quot;namedData?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>namedData?</strong>: readonly <code>object</code>[]</p></blockquote><p>Defined in: partitioner/src/backend-lowering.ts:53</p><p>Blobs to store in the program&#39;s <code>named_data</code> (e.g. weights keyed by SHA-256).</p><hr><h3 id="processed" tabindex="-1">processed <a class="header-anchor" href="#processed" aria-label="Permalink to &quot;processed&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>processed</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: partitioner/src/backend-lowering.ts:51</p><p>The payload the runtime backend&#39;s <code>init</code> receives.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/PreprocessResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PreprocessResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PreprocessResult as default
};
