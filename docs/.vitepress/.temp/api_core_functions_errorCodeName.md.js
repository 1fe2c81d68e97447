import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: errorCodeName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/errorCodeName.md","filePath":"api/core/functions/errorCodeName.md"}');
const _sfc_main = { name: "api/core/functions/errorCodeName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / errorCodeName</p><h1 id="function-errorcodename" tabindex="-1">Function: errorCodeName() <a class="header-anchor" href="#function-errorcodename" aria-label="Permalink to &quot;Function: errorCodeName()&quot;">​</a></h1><blockquote><p><strong>errorCodeName</strong>(<code>code</code>): <code>string</code></p></blockquote><p>Defined in: packages/core/src/error.ts:30</p><p>The name of an error code (<code>InvalidProgram</code>), or <code>Error(0x..)</code> for an unknown value.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="code" tabindex="-1">code <a class="header-anchor" href="#code" aria-label="Permalink to &quot;code&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/errorCodeName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const errorCodeName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  errorCodeName as default
};
