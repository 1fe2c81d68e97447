import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isIntegralType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/isIntegralType.md","filePath":"api/core/functions/isIntegralType.md"}');
const _sfc_main = { name: "api/core/functions/isIntegralType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / isIntegralType</p><h1 id="function-isintegraltype" tabindex="-1">Function: isIntegralType() <a class="header-anchor" href="#function-isintegraltype" aria-label="Permalink to &quot;Function: isIntegralType()&quot;">​</a></h1><blockquote><p><strong>isIntegralType</strong>(<code>type</code>): <code>boolean</code></p></blockquote><p>Defined in: packages/core/src/scalar-type.ts:229</p><p>True for integral (non-bool, non-quantized) scalar types.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><p><a href="./../enumerations/ScalarType.html"><code>ScalarType</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/isIntegralType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isIntegralType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isIntegralType as default
};
