import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: mergeNamedData()","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/functions/mergeNamedData.md","filePath":"api/runtime/index/functions/mergeNamedData.md"}');
const _sfc_main = { name: "api/runtime/index/functions/mergeNamedData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / mergeNamedData</p><h1 id="function-mergenameddata" tabindex="-1">Function: mergeNamedData() <a class="header-anchor" href="#function-mergenameddata" aria-label="Permalink to &quot;Function: mergeNamedData()&quot;">​</a></h1><blockquote><p><strong>mergeNamedData</strong>(<code>maps</code>, <code>names?</code>): <a href="./../../../core/interfaces/NamedDataMap.html"><code>NamedDataMap</code></a></p></blockquote><p>Defined in: runtime/src/named-data.ts:17</p><p>Merges named data maps into one, as ExecuTorch&#39;s <code>MergedDataMap</code> does: every key must be unique across the maps (a duplicate is refused with <code>InvalidArgument</code>, naming the key).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="maps" tabindex="-1">maps <a class="header-anchor" href="#maps" aria-label="Permalink to &quot;maps&quot;">​</a></h3><p>readonly <a href="./../../../core/interfaces/NamedDataMap.html"><code>NamedDataMap</code></a>[]</p><h3 id="names" tabindex="-1">names? <a class="header-anchor" href="#names" aria-label="Permalink to &quot;names?&quot;">​</a></h3><p>readonly <code>string</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../core/interfaces/NamedDataMap.html"><code>NamedDataMap</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/functions/mergeNamedData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mergeNamedData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mergeNamedData as default
};
