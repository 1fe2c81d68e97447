import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: availabilityOf()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/availabilityOf.md","filePath":"api/core/functions/availabilityOf.md"}');
const _sfc_main = { name: "api/core/functions/availabilityOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / availabilityOf</p><h1 id="function-availabilityof" tabindex="-1">Function: availabilityOf() <a class="header-anchor" href="#function-availabilityof" aria-label="Permalink to &quot;Function: availabilityOf()&quot;">​</a></h1><blockquote><p><strong>availabilityOf</strong>(<code>backend</code>): <code>Promise</code>&lt;<a href="./../type-aliases/Availability.html"><code>Availability</code></a>&gt;</p></blockquote><p>Defined in: packages/core/src/backend.ts:172</p><p>Asks <code>backend</code> whether it can run here, as an <a href="./../type-aliases/Availability.html">Availability</a>; an <code>isAvailable</code> that throws counts as unavailable, with the error&#39;s message as the reason.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="backend" tabindex="-1">backend <a class="header-anchor" href="#backend" aria-label="Permalink to &quot;backend&quot;">​</a></h3><p><a href="./../interfaces/BackendV1.html"><code>BackendV1</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../type-aliases/Availability.html"><code>Availability</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/availabilityOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const availabilityOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  availabilityOf as default
};
