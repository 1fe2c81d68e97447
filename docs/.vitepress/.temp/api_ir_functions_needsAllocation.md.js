import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: needsAllocation()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/needsAllocation.md","filePath":"api/ir/functions/needsAllocation.md"}');
const _sfc_main = { name: "api/ir/functions/needsAllocation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / needsAllocation</p><h1 id="function-needsallocation" tabindex="-1">Function: needsAllocation() <a class="header-anchor" href="#function-needsallocation" aria-label="Permalink to &quot;Function: needsAllocation()&quot;">​</a></h1><blockquote><p><strong>needsAllocation</strong>(<code>v</code>): <code>boolean</code></p></blockquote><p>Defined in: packages/ir/src/graph/export-program.ts:63</p><p>True for tensors that memory planning must place: planned inputs, buffers, node outputs.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="v" tabindex="-1">v <a class="header-anchor" href="#v" aria-label="Permalink to &quot;v&quot;">​</a></h3><p><a href="./../classes/Value.html"><code>Value</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/needsAllocation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const needsAllocation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  needsAllocation as default
};
