import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: findPlanConflict()","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/functions/findPlanConflict.md","filePath":"api/partitioner/functions/findPlanConflict.md"}');
const _sfc_main = { name: "api/partitioner/functions/findPlanConflict.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / findPlanConflict</p><h1 id="function-findplanconflict" tabindex="-1">Function: findPlanConflict() <a class="header-anchor" href="#function-findplanconflict" aria-label="Permalink to &quot;Function: findPlanConflict()&quot;">​</a></h1><blockquote><p><strong>findPlanConflict</strong>(<code>lifetimes</code>, <code>offsets</code>): <code>string</code> | <code>undefined</code></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:225</p><p>Checks that no two lifetime-overlapping tensors share bytes; returns the first conflict.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="lifetimes" tabindex="-1">lifetimes <a class="header-anchor" href="#lifetimes" aria-label="Permalink to &quot;lifetimes&quot;">​</a></h3><p>readonly <a href="./../interfaces/TensorLifetime.html"><code>TensorLifetime</code></a>[]</p><h3 id="offsets" tabindex="-1">offsets <a class="header-anchor" href="#offsets" aria-label="Permalink to &quot;offsets&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code> | <code>undefined</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/functions/findPlanConflict.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const findPlanConflict = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  findPlanConflict as default
};
