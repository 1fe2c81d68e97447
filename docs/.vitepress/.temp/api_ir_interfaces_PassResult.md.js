import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PassResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/PassResult.md","filePath":"api/ir/interfaces/PassResult.md"}');
const _sfc_main = { name: "api/ir/interfaces/PassResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / PassResult</p><h1 id="interface-passresult" tabindex="-1">Interface: PassResult <a class="header-anchor" href="#interface-passresult" aria-label="Permalink to &quot;Interface: PassResult&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/pass-manager.ts:6</p><p>What a pass returns: the resulting graph and whether anything changed.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>graph</strong>: <a href="./../classes/Graph.html"><code>Graph</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/pass-manager.ts:7</p><hr><h3 id="modified" tabindex="-1">modified <a class="header-anchor" href="#modified" aria-label="Permalink to &quot;modified&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>modified</strong>: <code>boolean</code></p></blockquote><p>Defined in: packages/ir/src/graph/pass-manager.ts:8</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/PassResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PassResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PassResult as default
};
