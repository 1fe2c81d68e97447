import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: promoteTypes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/promoteTypes.md","filePath":"api/backend-utils/functions/promoteTypes.md"}');
const _sfc_main = { name: "api/backend-utils/functions/promoteTypes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / promoteTypes</p><h1 id="function-promotetypes" tabindex="-1">Function: promoteTypes() <a class="header-anchor" href="#function-promotetypes" aria-label="Permalink to &quot;Function: promoteTypes()&quot;">​</a></h1><blockquote><p><strong>promoteTypes</strong>(<code>a</code>, <code>b</code>): <a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p></blockquote><p>Defined in: packages/backend-utils/src/dtype-promotion.ts:29</p><p>PyTorch&#39;s <code>torch.promote_types</code> for the real and bool dtypes: bool gives way to anything, integral to floating; <code>uint8</code> with <code>int8</code> is <code>int16</code>, <code>half</code> with <code>bfloat16</code> is <code>float32</code>. Throws a <code>TypeError</code> for pairs outside that set (complex, quantized, <code>uint16</code>...).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="a" tabindex="-1">a <a class="header-anchor" href="#a" aria-label="Permalink to &quot;a&quot;">​</a></h3><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p><h3 id="b" tabindex="-1">b <a class="header-anchor" href="#b" aria-label="Permalink to &quot;b&quot;">​</a></h3><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/promoteTypes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const promoteTypes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  promoteTypes as default
};
