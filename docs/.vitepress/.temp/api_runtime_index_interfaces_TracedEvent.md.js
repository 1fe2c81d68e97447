import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TracedEvent","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/interfaces/TracedEvent.md","filePath":"api/runtime/index/interfaces/TracedEvent.md"}');
const _sfc_main = { name: "api/runtime/index/interfaces/TracedEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / TracedEvent</p><h1 id="interface-tracedevent" tabindex="-1">Interface: TracedEvent <a class="header-anchor" href="#interface-tracedevent" aria-label="Permalink to &quot;Interface: TracedEvent&quot;">​</a></h1><p>Defined in: runtime/src/event-tracer.ts:7</p><p>One finished event.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="detail" tabindex="-1">detail <a class="header-anchor" href="#detail" aria-label="Permalink to &quot;detail&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>detail</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;&gt; | <code>undefined</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:16</p><p>Method, instruction index, delegate index ... as the runtime reported them.</p><hr><h3 id="durationms" tabindex="-1">durationMs <a class="header-anchor" href="#durationms" aria-label="Permalink to &quot;durationMs&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>durationMs</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:14</p><p>Duration in milliseconds.</p><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>kind</strong>: <a href="./../type-aliases/EventKind.html"><code>EventKind</code></a></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:10</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:9</p><p>Operator name (<code>aten::add.out</code>), backend id, or method name.</p><hr><h3 id="start" tabindex="-1">start <a class="header-anchor" href="#start" aria-label="Permalink to &quot;start&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>start</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:12</p><p>Start time, <code>performance.now()</code> milliseconds.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/interfaces/TracedEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TracedEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TracedEvent as default
};
