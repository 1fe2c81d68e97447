import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: check()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/check.md","filePath":"api/core/functions/check.md"}');
const _sfc_main = { name: "api/core/functions/check.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / check</p><h1 id="function-check" tabindex="-1">Function: check() <a class="header-anchor" href="#function-check" aria-label="Permalink to &quot;Function: check()&quot;">​</a></h1><blockquote><p><strong>check</strong>(<code>condition</code>, <code>code</code>, <code>message</code>, <code>context?</code>): <code>asserts condition</code></p></blockquote><p>Defined in: packages/core/src/error.ts:94</p><p>Throws a <a href="./../classes/KindlingError.html">KindlingError</a> with <code>code</code> unless <code>condition</code> holds.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="condition" tabindex="-1">condition <a class="header-anchor" href="#condition" aria-label="Permalink to &quot;condition&quot;">​</a></h3><p><code>unknown</code></p><h3 id="code" tabindex="-1">code <a class="header-anchor" href="#code" aria-label="Permalink to &quot;code&quot;">​</a></h3><p><a href="./../enumerations/ErrorCode.html"><code>ErrorCode</code></a></p><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><p><code>string</code></p><h3 id="context" tabindex="-1">context? <a class="header-anchor" href="#context" aria-label="Permalink to &quot;context?&quot;">​</a></h3><p><a href="./../interfaces/ErrorContext.html"><code>ErrorContext</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>asserts condition</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/check.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const check = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  check as default
};
