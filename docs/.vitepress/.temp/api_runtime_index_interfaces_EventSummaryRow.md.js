import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EventSummaryRow","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/interfaces/EventSummaryRow.md","filePath":"api/runtime/index/interfaces/EventSummaryRow.md"}');
const _sfc_main = { name: "api/runtime/index/interfaces/EventSummaryRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / EventSummaryRow</p><h1 id="interface-eventsummaryrow" tabindex="-1">Interface: EventSummaryRow <a class="header-anchor" href="#interface-eventsummaryrow" aria-label="Permalink to &quot;Interface: EventSummaryRow&quot;">​</a></h1><p>Defined in: runtime/src/event-tracer.ts:20</p><p>One row of <a href="./RecordingEventTracer.html#summary">RecordingEventTracer.summary</a>: every event of one name and kind together.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="count" tabindex="-1">count <a class="header-anchor" href="#count" aria-label="Permalink to &quot;count&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>count</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:23</p><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>kind</strong>: <a href="./../type-aliases/EventKind.html"><code>EventKind</code></a></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:22</p><hr><h3 id="meanms" tabindex="-1">meanMs <a class="header-anchor" href="#meanms" aria-label="Permalink to &quot;meanMs&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>meanMs</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:25</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:21</p><hr><h3 id="totalms" tabindex="-1">totalMs <a class="header-anchor" href="#totalms" aria-label="Permalink to &quot;totalMs&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>totalMs</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:24</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/interfaces/EventSummaryRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EventSummaryRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EventSummaryRow as default
};
