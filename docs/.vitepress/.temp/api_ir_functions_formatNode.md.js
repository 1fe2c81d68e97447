import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatNode()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/formatNode.md","filePath":"api/ir/functions/formatNode.md"}');
const _sfc_main = { name: "api/ir/functions/formatNode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / formatNode</p><h1 id="function-formatnode" tabindex="-1">Function: formatNode() <a class="header-anchor" href="#function-formatnode" aria-label="Permalink to &quot;Function: formatNode()&quot;">​</a></h1><blockquote><p><strong>formatNode</strong>(<code>node</code>): <code>string</code></p></blockquote><p>Defined in: packages/ir/src/graph/printer.ts:74</p><p>One node: <code>%3: f32[1,64] = aten.add.Tensor(%1, %2, 1)</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="node" tabindex="-1">node <a class="header-anchor" href="#node" aria-label="Permalink to &quot;node&quot;">​</a></h3><p><a href="./../classes/Node.html"><code>Node</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/formatNode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatNode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatNode as default
};
