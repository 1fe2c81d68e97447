import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: canonicalOperatorName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/functions/canonicalOperatorName.md","filePath":"api/runtime/index/functions/canonicalOperatorName.md"}');
const _sfc_main = { name: "api/runtime/index/functions/canonicalOperatorName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / canonicalOperatorName</p><h1 id="function-canonicaloperatorname" tabindex="-1">Function: canonicalOperatorName() <a class="header-anchor" href="#function-canonicaloperatorname" aria-label="Permalink to &quot;Function: canonicalOperatorName()&quot;">​</a></h1><blockquote><p><strong>canonicalOperatorName</strong>(<code>op</code>): <code>string</code></p></blockquote><p>Defined in: runtime/src/kernel-registry.ts:7</p><p>Canonical operator name as programs spell it: <code>namespace::name.overload</code>. Kernels may also be declared with a dot after the namespace (<code>aten.add.out</code>); both spellings name the same operator.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="op" tabindex="-1">op <a class="header-anchor" href="#op" aria-label="Permalink to &quot;op&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/functions/canonicalOperatorName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const canonicalOperatorName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  canonicalOperatorName as default
};
