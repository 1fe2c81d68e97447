import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: unmet()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/functions/unmet.md","filePath":"api/backend-test-suite/index/functions/unmet.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/functions/unmet.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / unmet</p><h1 id="function-unmet" tabindex="-1">Function: unmet() <a class="header-anchor" href="#function-unmet" aria-label="Permalink to &quot;Function: unmet()&quot;">​</a></h1><blockquote><p><strong>unmet</strong>(<code>requires</code>, <code>declared</code>): <code>string</code>[]</p></blockquote><p>Defined in: capabilities.ts:28</p><p>The requirements of <code>requires</code> that <code>declared</code> lacks, in order.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="requires" tabindex="-1">requires <a class="header-anchor" href="#requires" aria-label="Permalink to &quot;requires&quot;">​</a></h3><p>readonly <code>string</code>[]</p><h3 id="declared" tabindex="-1">declared <a class="header-anchor" href="#declared" aria-label="Permalink to &quot;declared&quot;">​</a></h3><p><code>ReadonlySet</code>&lt;<code>string</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/functions/unmet.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const unmet = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  unmet as default
};
