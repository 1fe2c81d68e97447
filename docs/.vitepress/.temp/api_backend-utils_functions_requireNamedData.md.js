import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: requireNamedData()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/requireNamedData.md","filePath":"api/backend-utils/functions/requireNamedData.md"}');
const _sfc_main = { name: "api/backend-utils/functions/requireNamedData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / requireNamedData</p><h1 id="function-requirenameddata" tabindex="-1">Function: requireNamedData() <a class="header-anchor" href="#function-requirenameddata" aria-label="Permalink to &quot;Function: requireNamedData()&quot;">​</a></h1><blockquote><p><strong>requireNamedData</strong>(<code>namedData</code>, <code>key</code>, <code>check?</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: packages/backend-utils/src/named-data.ts:22</p><p>The blob <code>key</code> of a named data map (a view), refusing a missing key or a blob smaller than (or, with <code>exact</code>, different from) the size the payload expects, with a <code>KindlingError</code> that names the key and both sizes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="nameddata" tabindex="-1">namedData <a class="header-anchor" href="#nameddata" aria-label="Permalink to &quot;namedData&quot;">​</a></h3><p><a href="./../../core/interfaces/NamedDataMap.html"><code>NamedDataMap</code></a> | <code>undefined</code></p><h3 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h3><p><code>string</code></p><h3 id="check" tabindex="-1">check? <a class="header-anchor" href="#check" aria-label="Permalink to &quot;check?&quot;">​</a></h3><p><a href="./../interfaces/NamedDataCheck.html"><code>NamedDataCheck</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/requireNamedData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const requireNamedData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  requireNamedData as default
};
