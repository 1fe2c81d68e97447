import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: scalarKindType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/scalarKindType.md","filePath":"api/backend-utils/functions/scalarKindType.md"}');
const _sfc_main = { name: "api/backend-utils/functions/scalarKindType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / scalarKindType</p><h1 id="function-scalarkindtype" tabindex="-1">Function: scalarKindType() <a class="header-anchor" href="#function-scalarkindtype" aria-label="Permalink to &quot;Function: scalarKindType()&quot;">​</a></h1><blockquote><p><strong>scalarKindType</strong>(<code>kind</code>): <a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p></blockquote><p>Defined in: packages/backend-utils/src/dtype-promotion.ts:60</p><p>The dtype a wrapped Python number takes part in promotion as (<code>float</code> is the default dtype).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><p><a href="./../type-aliases/ScalarKind.html"><code>ScalarKind</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../core/enumerations/ScalarType.html"><code>ScalarType</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/scalarKindType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const scalarKindType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  scalarKindType as default
};
