import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: bestFitByLifetime","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/variables/bestFitByLifetime.md","filePath":"api/partitioner/variables/bestFitByLifetime.md"}');
const _sfc_main = { name: "api/partitioner/variables/bestFitByLifetime.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / bestFitByLifetime</p><h1 id="variable-bestfitbylifetime" tabindex="-1">Variable: bestFitByLifetime <a class="header-anchor" href="#variable-bestfitbylifetime" aria-label="Permalink to &quot;Variable: bestFitByLifetime&quot;">​</a></h1><blockquote><p><code>const</code> <strong>bestFitByLifetime</strong>: <a href="./../interfaces/PlacementAlgorithm.html"><code>PlacementAlgorithm</code></a></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:195</p><p>Best fit by offset, longest-lived (then largest) tensors first.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/variables/bestFitByLifetime.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bestFitByLifetime = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bestFitByLifetime as default
};
