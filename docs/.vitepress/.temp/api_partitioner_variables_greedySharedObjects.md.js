import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: greedySharedObjects","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/variables/greedySharedObjects.md","filePath":"api/partitioner/variables/greedySharedObjects.md"}');
const _sfc_main = { name: "api/partitioner/variables/greedySharedObjects.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / greedySharedObjects</p><h1 id="variable-greedysharedobjects" tabindex="-1">Variable: greedySharedObjects <a class="header-anchor" href="#variable-greedysharedobjects" aria-label="Permalink to &quot;Variable: greedySharedObjects&quot;">​</a></h1><blockquote><p><code>const</code> <strong>greedySharedObjects</strong>: <a href="./../interfaces/PlacementAlgorithm.html"><code>PlacementAlgorithm</code></a></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:110</p><p>ExecuTorch&#39;s greedy algorithm: largest first; each tensor goes at offset 0 of the first shared object whose tensors all have disjoint lifetimes, else right after the overlapping tensors of an object where it still fits, else into a new object; objects are laid out back to back.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/variables/greedySharedObjects.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const greedySharedObjects = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  greedySharedObjects as default
};
