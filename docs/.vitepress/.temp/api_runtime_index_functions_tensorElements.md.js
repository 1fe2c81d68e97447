import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: tensorElements()","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/functions/tensorElements.md","filePath":"api/runtime/index/functions/tensorElements.md"}');
const _sfc_main = { name: "api/runtime/index/functions/tensorElements.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / tensorElements</p><h1 id="function-tensorelements" tabindex="-1">Function: tensorElements() <a class="header-anchor" href="#function-tensorelements" aria-label="Permalink to &quot;Function: tensorElements()&quot;">​</a></h1><blockquote><p><strong>tensorElements</strong>(<code>t</code>): <code>number</code>[]</p></blockquote><p>Defined in: runtime/src/bundled.ts:59</p><p>Elements of a tensor as numbers, in storage order (half and bfloat16 decoded).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">t <a class="header-anchor" href="#t" aria-label="Permalink to &quot;t&quot;">​</a></h3><p><a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/functions/tensorElements.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tensorElements = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tensorElements as default
};
