import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toDimOrder()","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/values/functions/toDimOrder.md","filePath":"api/conformance-zoo/values/functions/toDimOrder.md"}');
const _sfc_main = { name: "api/conformance-zoo/values/functions/toDimOrder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">values</a> / toDimOrder</p><h1 id="function-todimorder" tabindex="-1">Function: toDimOrder() <a class="header-anchor" href="#function-todimorder" aria-label="Permalink to &quot;Function: toDimOrder()&quot;">​</a></h1><blockquote><p><strong>toDimOrder</strong>(<code>t</code>, <code>dimOrder</code>): <a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a></p></blockquote><p>Defined in: values.ts:10</p><p>Copies a contiguous tensor into a tensor of the same shape stored in <code>dimOrder</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">t <a class="header-anchor" href="#t" aria-label="Permalink to &quot;t&quot;">​</a></h3><p><a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a></p><h3 id="dimorder" tabindex="-1">dimOrder <a class="header-anchor" href="#dimorder" aria-label="Permalink to &quot;dimOrder&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/values/functions/toDimOrder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toDimOrder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toDimOrder as default
};
