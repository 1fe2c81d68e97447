import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: logicalNumbers()","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/values/functions/logicalNumbers.md","filePath":"api/conformance-zoo/values/functions/logicalNumbers.md"}');
const _sfc_main = { name: "api/conformance-zoo/values/functions/logicalNumbers.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">values</a> / logicalNumbers</p><h1 id="function-logicalnumbers" tabindex="-1">Function: logicalNumbers() <a class="header-anchor" href="#function-logicalnumbers" aria-label="Permalink to &quot;Function: logicalNumbers()&quot;">​</a></h1><blockquote><p><strong>logicalNumbers</strong>(<code>t</code>): <code>Float64Array</code></p></blockquote><p>Defined in: values.ts:41</p><p>Elements of a tensor in logical (contiguous) order as numbers; half and bfloat16 decoded.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">t <a class="header-anchor" href="#t" aria-label="Permalink to &quot;t&quot;">​</a></h3><p><a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Float64Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/values/functions/logicalNumbers.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const logicalNumbers = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  logicalNumbers as default
};
