import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ValueSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/ValueSource.md","filePath":"api/ir/type-aliases/ValueSource.md"}');
const _sfc_main = { name: "api/ir/type-aliases/ValueSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ValueSource</p><h1 id="type-alias-valuesource" tabindex="-1">Type Alias: ValueSource <a class="header-anchor" href="#type-alias-valuesource" aria-label="Permalink to &quot;Type Alias: ValueSource&quot;">​</a></h1><blockquote><p><strong>ValueSource</strong> = <code>&quot;input&quot;</code> | <code>&quot;constant&quot;</code> | <code>&quot;external&quot;</code> | <code>&quot;buffer&quot;</code> | <code>&quot;placeholder&quot;</code> | <code>&quot;literal&quot;</code> | <code>&quot;alias&quot;</code></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:36</p><p>Where a value comes from when no node produces it.</p><ul><li><code>input</code>: a method input, set by the caller;</li><li><code>constant</code>: a constant tensor with bytes (see <a href="./../classes/Value.html#data">Value.data</a>);</li><li><code>external</code>: a constant stored outside the program (<code>.ptd</code>), found by its fully qualified name;</li><li><code>buffer</code>: mutable state, memory planned for the whole method, optionally with initial bytes;</li><li><code>placeholder</code>: a tensor without storage (e.g. the empty tensor ExecuTorch passes for <code>None</code>);</li><li><code>literal</code>: a non-tensor constant value (e.g. an output of a constant method);</li><li><code>alias</code>: a view that shares the memory of <a href="./../classes/Value.html#aliasof">Value.aliasOf</a> (ExecuTorch plans removed <code>view_copy</code>s this way: the view gets its base&#39;s allocation and no instruction).</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/ValueSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ValueSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ValueSource as default
};
