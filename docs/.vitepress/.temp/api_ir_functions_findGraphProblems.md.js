import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: findGraphProblems()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/findGraphProblems.md","filePath":"api/ir/functions/findGraphProblems.md"}');
const _sfc_main = { name: "api/ir/functions/findGraphProblems.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / findGraphProblems</p><h1 id="function-findgraphproblems" tabindex="-1">Function: findGraphProblems() <a class="header-anchor" href="#function-findgraphproblems" aria-label="Permalink to &quot;Function: findGraphProblems()&quot;">​</a></h1><blockquote><p><strong>findGraphProblems</strong>(<code>graph</code>, <code>options?</code>): <code>string</code>[]</p></blockquote><p>Defined in: packages/ir/src/graph/verifier.ts:18</p><p>Problems found by findGraphProblems, one message each.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../classes/Graph.html"><code>Graph</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/VerifyOptions.html"><code>VerifyOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/findGraphProblems.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const findGraphProblems = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  findGraphProblems as default
};
