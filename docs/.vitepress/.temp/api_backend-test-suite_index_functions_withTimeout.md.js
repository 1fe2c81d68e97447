import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: withTimeout()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/functions/withTimeout.md","filePath":"api/backend-test-suite/index/functions/withTimeout.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/functions/withTimeout.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / withTimeout</p><h1 id="function-withtimeout" tabindex="-1">Function: withTimeout() <a class="header-anchor" href="#function-withtimeout" aria-label="Permalink to &quot;Function: withTimeout()&quot;">​</a></h1><blockquote><p><strong>withTimeout</strong>&lt;<code>T</code>&gt;(<code>promise</code>, <code>ms</code>, <code>what</code>): <code>Promise</code>&lt;<code>T</code>&gt;</p></blockquote><p>Defined in: suite.ts:244</p><p>Rejects when <code>promise</code> has not settled after <code>ms</code> (the work itself cannot be stopped).</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="promise" tabindex="-1">promise <a class="header-anchor" href="#promise" aria-label="Permalink to &quot;promise&quot;">​</a></h3><p><code>Promise</code>&lt;<code>T</code>&gt;</p><h3 id="ms" tabindex="-1">ms <a class="header-anchor" href="#ms" aria-label="Permalink to &quot;ms&quot;">​</a></h3><p><code>number</code></p><h3 id="what" tabindex="-1">what <a class="header-anchor" href="#what" aria-label="Permalink to &quot;what&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>T</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/functions/withTimeout.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const withTimeout = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  withTimeout as default
};
