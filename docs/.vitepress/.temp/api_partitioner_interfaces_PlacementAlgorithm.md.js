import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlacementAlgorithm","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/PlacementAlgorithm.md","filePath":"api/partitioner/interfaces/PlacementAlgorithm.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/PlacementAlgorithm.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / PlacementAlgorithm</p><h1 id="interface-placementalgorithm" tabindex="-1">Interface: PlacementAlgorithm <a class="header-anchor" href="#interface-placementalgorithm" aria-label="Permalink to &quot;Interface: PlacementAlgorithm&quot;">​</a></h1><p>Defined in: partitioner/src/memory-planning.ts:25</p><p>A memory planning algorithm: places lifetimes at aligned offsets of one arena.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:26</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="place" tabindex="-1">place() <a class="header-anchor" href="#place" aria-label="Permalink to &quot;place()&quot;">​</a></h3><blockquote><p><strong>place</strong>(<code>lifetimes</code>, <code>alignment</code>): <code>number</code>[]</p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:28</p><p>Offsets for each lifetime (same order as given).</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="lifetimes" tabindex="-1">lifetimes <a class="header-anchor" href="#lifetimes" aria-label="Permalink to &quot;lifetimes&quot;">​</a></h5><p>readonly <a href="./TensorLifetime.html"><code>TensorLifetime</code></a>[]</p><h5 id="alignment" tabindex="-1">alignment <a class="header-anchor" href="#alignment" aria-label="Permalink to &quot;alignment&quot;">​</a></h5><p><code>number</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>number</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/PlacementAlgorithm.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlacementAlgorithm = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlacementAlgorithm as default
};
