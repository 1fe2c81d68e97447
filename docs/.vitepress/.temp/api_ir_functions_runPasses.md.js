import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: runPasses()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/runPasses.md","filePath":"api/ir/functions/runPasses.md"}');
const _sfc_main = { name: "api/ir/functions/runPasses.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / runPasses</p><h1 id="function-runpasses" tabindex="-1">Function: runPasses() <a class="header-anchor" href="#function-runpasses" aria-label="Permalink to &quot;Function: runPasses()&quot;">​</a></h1><blockquote><p><strong>runPasses</strong>(<code>graph</code>, <code>passes</code>, <code>options?</code>): <a href="./../interfaces/PassResult.html"><code>PassResult</code></a> &amp; <code>object</code></p></blockquote><p>Defined in: packages/ir/src/graph/pass-manager.ts:33</p><p>Runs passes in order and verifies the graph after each one; a pass that leaves an invalid graph fails with <code>InvalidProgram</code>, naming the pass and the problems.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../classes/Graph.html"><code>Graph</code></a></p><h3 id="passes" tabindex="-1">passes <a class="header-anchor" href="#passes" aria-label="Permalink to &quot;passes&quot;">​</a></h3><p>readonly <a href="./../type-aliases/GraphPass.html"><code>GraphPass</code></a>[]</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/PassManagerOptions.html"><code>PassManagerOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PassResult.html"><code>PassResult</code></a> &amp; <code>object</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/runPasses.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const runPasses = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  runPasses as default
};
