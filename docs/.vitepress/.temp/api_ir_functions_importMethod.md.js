import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: importMethod()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/importMethod.md","filePath":"api/ir/functions/importMethod.md"}');
const _sfc_main = { name: "api/ir/functions/importMethod.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / importMethod</p><h1 id="function-importmethod" tabindex="-1">Function: importMethod() <a class="header-anchor" href="#function-importmethod" aria-label="Permalink to &quot;Function: importMethod()&quot;">​</a></h1><blockquote><p><strong>importMethod</strong>(<code>source</code>, <code>methodName</code>, <code>options?</code>): <a href="./../classes/Graph.html"><code>Graph</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/import-program.ts:155</p><p>Imports method <code>methodName</code> of a program into a <a href="./../classes/Graph.html">Graph</a>. Values keep their index in the program&#39;s value table as their id, so <code>%3</code> in the graph is <code>%3</code> in <code>kindling inspect</code>. Operators become functional op names through the schema table (<code>aten::add.out</code> becomes <code>aten.add.Tensor</code>); operators without a schema keep their name (<code>etnp::lstm.out</code> becomes <code>etnp.lstm.out</code>) and the positions of their outputs. Delegate calls become <code>executorch.call_delegate</code> nodes.</p><p>Throws <code>NotSupported</code> for control flow (jumps, moves, frees) and for several chains.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><p><a href="./../interfaces/ProgramSource.html"><code>ProgramSource</code></a></p><h3 id="methodname" tabindex="-1">methodName <a class="header-anchor" href="#methodname" aria-label="Permalink to &quot;methodName&quot;">​</a></h3><p><code>string</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ImportOptions.html"><code>ImportOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../classes/Graph.html"><code>Graph</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/importMethod.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const importMethod = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  importMethod as default
};
