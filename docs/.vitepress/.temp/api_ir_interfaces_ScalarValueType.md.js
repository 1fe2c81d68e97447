import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ScalarValueType","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/ScalarValueType.md","filePath":"api/ir/interfaces/ScalarValueType.md"}');
const _sfc_main = { name: "api/ir/interfaces/ScalarValueType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ScalarValueType</p><h1 id="interface-scalarvaluetype" tabindex="-1">Interface: ScalarValueType <a class="header-anchor" href="#interface-scalarvaluetype" aria-label="Permalink to &quot;Interface: ScalarValueType&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/graph.ts:17</p><p>The type of a non-tensor value that flows through the graph (inputs, symbolic sizes).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>kind</strong>: <code>&quot;string&quot;</code> | <code>&quot;bool&quot;</code> | <code>&quot;int&quot;</code> | <code>&quot;float&quot;</code> | <code>&quot;none&quot;</code></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:18</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/ScalarValueType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScalarValueType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScalarValueType as default
};
