import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: GraphPass","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/GraphPass.md","filePath":"api/ir/type-aliases/GraphPass.md"}');
const _sfc_main = { name: "api/ir/type-aliases/GraphPass.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / GraphPass</p><h1 id="type-alias-graphpass" tabindex="-1">Type Alias: GraphPass <a class="header-anchor" href="#type-alias-graphpass" aria-label="Permalink to &quot;Type Alias: GraphPass&quot;">​</a></h1><blockquote><p><strong>GraphPass</strong> = ((<code>graph</code>) =&gt; <a href="./../interfaces/PassResult.html"><code>PassResult</code></a>) &amp; <code>object</code></p></blockquote><p>Defined in: packages/ir/src/graph/pass-manager.ts:12</p><p>A pass: a function from a graph to a new graph. It must not change its argument.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="passname" tabindex="-1">passName? <a class="header-anchor" href="#passname" aria-label="Permalink to &quot;passName?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>passName?</strong>: <code>string</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/GraphPass.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GraphPass = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GraphPass as default
};
