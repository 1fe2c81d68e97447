import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: bestFitBySize","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/variables/bestFitBySize.md","filePath":"api/partitioner/variables/bestFitBySize.md"}');
const _sfc_main = { name: "api/partitioner/variables/bestFitBySize.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / bestFitBySize</p><h1 id="variable-bestfitbysize" tabindex="-1">Variable: bestFitBySize <a class="header-anchor" href="#variable-bestfitbysize" aria-label="Permalink to &quot;Variable: bestFitBySize&quot;">​</a></h1><blockquote><p><code>const</code> <strong>bestFitBySize</strong>: <a href="./../interfaces/PlacementAlgorithm.html"><code>PlacementAlgorithm</code></a></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:192</p><p>Best fit by offset, largest tensors first.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/variables/bestFitBySize.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bestFitBySize = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bestFitBySize as default
};
