import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AddNodeOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/AddNodeOptions.md","filePath":"api/ir/interfaces/AddNodeOptions.md"}');
const _sfc_main = { name: "api/ir/interfaces/AddNodeOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / AddNodeOptions</p><h1 id="interface-addnodeoptions" tabindex="-1">Interface: AddNodeOptions <a class="header-anchor" href="#interface-addnodeoptions" aria-label="Permalink to &quot;Interface: AddNodeOptions&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/graph.ts:242</p><p>Options for <a href="./../classes/Graph.html#addnode">Graph.addNode</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="after" tabindex="-1">after? <a class="header-anchor" href="#after" aria-label="Permalink to &quot;after?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>after?</strong>: <a href="./../classes/Node.html"><code>Node</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:246</p><p>Insert after this node.</p><hr><h3 id="before" tabindex="-1">before? <a class="header-anchor" href="#before" aria-label="Permalink to &quot;before?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>before?</strong>: <a href="./../classes/Node.html"><code>Node</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:244</p><p>Insert before this node (default: append).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/AddNodeOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AddNodeOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AddNodeOptions as default
};
