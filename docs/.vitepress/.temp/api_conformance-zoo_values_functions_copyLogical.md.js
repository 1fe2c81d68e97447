import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: copyLogical()","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/values/functions/copyLogical.md","filePath":"api/conformance-zoo/values/functions/copyLogical.md"}');
const _sfc_main = { name: "api/conformance-zoo/values/functions/copyLogical.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">values</a> / copyLogical</p><h1 id="function-copylogical" tabindex="-1">Function: copyLogical() <a class="header-anchor" href="#function-copylogical" aria-label="Permalink to &quot;Function: copyLogical()&quot;">​</a></h1><blockquote><p><strong>copyLogical</strong>(<code>src</code>, <code>dst</code>): <code>void</code></p></blockquote><p>Defined in: values.ts:17</p><p>Copies element by logical index from <code>src</code> to <code>dst</code> (same sizes, any dim orders).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="src" tabindex="-1">src <a class="header-anchor" href="#src" aria-label="Permalink to &quot;src&quot;">​</a></h3><p><a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a></p><h3 id="dst" tabindex="-1">dst <a class="header-anchor" href="#dst" aria-label="Permalink to &quot;dst&quot;">​</a></h3><p><a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/values/functions/copyLogical.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const copyLogical = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  copyLogical as default
};
