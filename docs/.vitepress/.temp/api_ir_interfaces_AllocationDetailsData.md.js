import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AllocationDetailsData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/AllocationDetailsData.md","filePath":"api/ir/interfaces/AllocationDetailsData.md"}');
const _sfc_main = { name: "api/ir/interfaces/AllocationDetailsData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / AllocationDetailsData</p><h1 id="interface-allocationdetailsdata" tabindex="-1">Interface: AllocationDetailsData <a class="header-anchor" href="#interface-allocationdetailsdata" aria-label="Permalink to &quot;Interface: AllocationDetailsData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:15</p><p>Where a planned tensor lives: planned buffer <code>memoryId</code> (1-based), at a 64-bit offset.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="memoryid" tabindex="-1">memoryId <a class="header-anchor" href="#memoryid" aria-label="Permalink to &quot;memoryId&quot;">​</a></h3><blockquote><p><strong>memoryId</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:16</p><hr><h3 id="memoryoffsethigh" tabindex="-1">memoryOffsetHigh <a class="header-anchor" href="#memoryoffsethigh" aria-label="Permalink to &quot;memoryOffsetHigh&quot;">​</a></h3><blockquote><p><strong>memoryOffsetHigh</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:18</p><hr><h3 id="memoryoffsetlow" tabindex="-1">memoryOffsetLow <a class="header-anchor" href="#memoryoffsetlow" aria-label="Permalink to &quot;memoryOffsetLow&quot;">​</a></h3><blockquote><p><strong>memoryOffsetLow</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:17</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/AllocationDetailsData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AllocationDetailsData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AllocationDetailsData as default
};
