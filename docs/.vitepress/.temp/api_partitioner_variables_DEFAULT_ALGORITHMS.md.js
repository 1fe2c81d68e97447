import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_ALGORITHMS","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/variables/DEFAULT_ALGORITHMS.md","filePath":"api/partitioner/variables/DEFAULT_ALGORITHMS.md"}');
const _sfc_main = { name: "api/partitioner/variables/DEFAULT_ALGORITHMS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / DEFAULT_ALGORITHMS</p><h1 id="variable-default-algorithms" tabindex="-1">Variable: DEFAULT_ALGORITHMS <a class="header-anchor" href="#variable-default-algorithms" aria-label="Permalink to &quot;Variable: DEFAULT\\_ALGORITHMS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_ALGORITHMS</strong>: readonly <a href="./../interfaces/PlacementAlgorithm.html"><code>PlacementAlgorithm</code></a>[]</p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:217</p><p>The built-in algorithms <a href="./../functions/planMemory.html">planMemory</a> tries by default.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/variables/DEFAULT_ALGORITHMS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_ALGORITHMS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_ALGORITHMS as default
};
