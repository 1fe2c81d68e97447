import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckOutcome","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/interfaces/CheckOutcome.md","filePath":"api/backend-test-suite/index/interfaces/CheckOutcome.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/interfaces/CheckOutcome.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / CheckOutcome</p><h1 id="interface-checkoutcome" tabindex="-1">Interface: CheckOutcome <a class="header-anchor" href="#interface-checkoutcome" aria-label="Permalink to &quot;Interface: CheckOutcome&quot;">​</a></h1><p>Defined in: runner.ts:4</p><p>The outcome of one check.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="detail" tabindex="-1">detail <a class="header-anchor" href="#detail" aria-label="Permalink to &quot;detail&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>detail</strong>: <code>string</code></p></blockquote><p>Defined in: runner.ts:8</p><p>The check&#39;s summary, the reason it failed, or why it was skipped.</p><hr><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>id</strong>: <code>string</code></p></blockquote><p>Defined in: runner.ts:5</p><hr><h3 id="ms" tabindex="-1">ms <a class="header-anchor" href="#ms" aria-label="Permalink to &quot;ms&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>ms</strong>: <code>number</code></p></blockquote><p>Defined in: runner.ts:9</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>status</strong>: <code>&quot;skip&quot;</code> | <code>&quot;pass&quot;</code> | <code>&quot;fail&quot;</code></p></blockquote><p>Defined in: runner.ts:6</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/interfaces/CheckOutcome.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckOutcome = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckOutcome as default
};
