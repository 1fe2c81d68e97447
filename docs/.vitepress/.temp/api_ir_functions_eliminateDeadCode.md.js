import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: eliminateDeadCode()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/eliminateDeadCode.md","filePath":"api/ir/functions/eliminateDeadCode.md"}');
const _sfc_main = { name: "api/ir/functions/eliminateDeadCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / eliminateDeadCode</p><h1 id="function-eliminatedeadcode" tabindex="-1">Function: eliminateDeadCode() <a class="header-anchor" href="#function-eliminatedeadcode" aria-label="Permalink to &quot;Function: eliminateDeadCode()&quot;">​</a></h1><blockquote><p><strong>eliminateDeadCode</strong>(<code>input</code>): <a href="./../interfaces/PassResult.html"><code>PassResult</code></a></p></blockquote><p>Defined in: packages/ir/src/passes/eliminate-dead-code.ts:10</p><p>Dead-code elimination: removes nodes none of whose outputs (or views of them) is used or returned (nodes that write a value in place are kept), then constants, literals, placeholders and views nothing uses. Repeats until nothing changes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../classes/Graph.html"><code>Graph</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PassResult.html"><code>PassResult</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/eliminateDeadCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const eliminateDeadCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  eliminateDeadCode as default
};
