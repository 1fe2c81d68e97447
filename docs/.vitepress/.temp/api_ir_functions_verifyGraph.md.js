import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: verifyGraph()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/verifyGraph.md","filePath":"api/ir/functions/verifyGraph.md"}');
const _sfc_main = { name: "api/ir/functions/verifyGraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / verifyGraph</p><h1 id="function-verifygraph" tabindex="-1">Function: verifyGraph() <a class="header-anchor" href="#function-verifygraph" aria-label="Permalink to &quot;Function: verifyGraph()&quot;">​</a></h1><blockquote><p><strong>verifyGraph</strong>(<code>graph</code>, <code>options?</code>): <code>void</code></p></blockquote><p>Defined in: packages/ir/src/graph/verifier.ts:133</p><p>Throws an <code>InvalidProgram</code> error listing every problem <a href="./findGraphProblems.html">findGraphProblems</a> finds.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../classes/Graph.html"><code>Graph</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/VerifyOptions.html"><code>VerifyOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/verifyGraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const verifyGraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  verifyGraph as default
};
