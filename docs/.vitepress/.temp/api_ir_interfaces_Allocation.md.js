import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Allocation","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/Allocation.md","filePath":"api/ir/interfaces/Allocation.md"}');
const _sfc_main = { name: "api/ir/interfaces/Allocation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / Allocation</p><h1 id="interface-allocation" tabindex="-1">Interface: Allocation <a class="header-anchor" href="#interface-allocation" aria-label="Permalink to &quot;Interface: Allocation&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/export-program.ts:21</p><p>Where memory planning put one tensor.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="memoryid" tabindex="-1">memoryId <a class="header-anchor" href="#memoryid" aria-label="Permalink to &quot;memoryId&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>memoryId</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:23</p><p>1-based planned buffer id.</p><hr><h3 id="offset" tabindex="-1">offset <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>offset</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:24</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/Allocation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Allocation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Allocation as default
};
