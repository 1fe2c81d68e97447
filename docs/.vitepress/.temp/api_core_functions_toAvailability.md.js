import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toAvailability()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/toAvailability.md","filePath":"api/core/functions/toAvailability.md"}');
const _sfc_main = { name: "api/core/functions/toAvailability.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / toAvailability</p><h1 id="function-toavailability" tabindex="-1">Function: toAvailability() <a class="header-anchor" href="#function-toavailability" aria-label="Permalink to &quot;Function: toAvailability()&quot;">​</a></h1><blockquote><p><strong>toAvailability</strong>(<code>backend</code>, <code>answer</code>): <a href="./../type-aliases/Availability.html"><code>Availability</code></a></p></blockquote><p>Defined in: packages/core/src/backend.ts:156</p><p>Reads an answer of <a href="./../interfaces/BackendV1.html#isavailable">BackendV1.isAvailable</a> as an <a href="./../type-aliases/Availability.html">Availability</a>: a plain <code>false</code> gets a generic reason, and anything that is neither a boolean nor an <code>Availability</code> counts as unavailable.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="backend" tabindex="-1">backend <a class="header-anchor" href="#backend" aria-label="Permalink to &quot;backend&quot;">​</a></h3><p><a href="./../interfaces/BackendV1.html"><code>BackendV1</code></a></p><h3 id="answer" tabindex="-1">answer <a class="header-anchor" href="#answer" aria-label="Permalink to &quot;answer&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/Availability.html"><code>Availability</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/toAvailability.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toAvailability = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toAvailability as default
};
