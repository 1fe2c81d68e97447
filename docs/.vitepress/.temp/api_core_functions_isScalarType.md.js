import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isScalarType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/isScalarType.md","filePath":"api/core/functions/isScalarType.md"}');
const _sfc_main = { name: "api/core/functions/isScalarType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / isScalarType</p><h1 id="function-isscalartype" tabindex="-1">Function: isScalarType() <a class="header-anchor" href="#function-isscalartype" aria-label="Permalink to &quot;Function: isScalarType()&quot;">​</a></h1><blockquote><p><strong>isScalarType</strong>(<code>value</code>): <code>value is ScalarType</code></p></blockquote><p>Defined in: packages/core/src/scalar-type.ts:52</p><p>True when <code>value</code> is a scalar type this library knows (every ExecuTorch value 0..29).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>value is ScalarType</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/isScalarType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isScalarType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isScalarType as default
};
