import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: lower()","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/functions/lower.md","filePath":"api/partitioner/functions/lower.md"}');
const _sfc_main = { name: "api/partitioner/functions/lower.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / lower</p><h1 id="function-lower" tabindex="-1">Function: lower() <a class="header-anchor" href="#function-lower" aria-label="Permalink to &quot;Function: lower()&quot;">​</a></h1><blockquote><p><strong>lower</strong>(<code>program</code>, <code>options</code>): <code>Promise</code>&lt;<a href="./../interfaces/LowerResult.html"><code>LowerResult</code></a>&gt;</p></blockquote><p>Defined in: partitioner/src/lower.ts:58</p><p>Lowers a program: imports every method, partitions it over <code>backends</code>, hands each partition to its backend&#39;s <code>preprocess</code> and replaces it by one <code>DelegateCall</code>, removes what became dead (constants only a delegate used), plans memory and writes the <code>.pte</code>. With no backends this is import, re-plan and export.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="program" tabindex="-1">program <a class="header-anchor" href="#program" aria-label="Permalink to &quot;program&quot;">​</a></h3><p><code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <a href="./../../ir/interfaces/ProgramSource.html"><code>ProgramSource</code></a> | readonly <a href="./../../ir/classes/Graph.html"><code>Graph</code></a>[]</p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/LowerOptions.html"><code>LowerOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/LowerResult.html"><code>LowerResult</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/functions/lower.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const lower = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  lower as default
};
