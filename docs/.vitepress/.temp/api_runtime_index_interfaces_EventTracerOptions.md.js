import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EventTracerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/interfaces/EventTracerOptions.md","filePath":"api/runtime/index/interfaces/EventTracerOptions.md"}');
const _sfc_main = { name: "api/runtime/index/interfaces/EventTracerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / EventTracerOptions</p><h1 id="interface-eventtraceroptions" tabindex="-1">Interface: EventTracerOptions <a class="header-anchor" href="#interface-eventtraceroptions" aria-label="Permalink to &quot;Interface: EventTracerOptions&quot;">​</a></h1><p>Defined in: runtime/src/event-tracer.ts:49</p><p>Options for <a href="./../functions/createEventTracer.html">createEventTracer</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxevents" tabindex="-1">maxEvents? <a class="header-anchor" href="#maxevents" aria-label="Permalink to &quot;maxEvents?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxEvents?</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:53</p><p>Keep at most this many events (default 1,000,000); older ones are dropped from <code>events</code> but still counted in <code>summary</code>.</p><hr><h3 id="now" tabindex="-1">now? <a class="header-anchor" href="#now" aria-label="Permalink to &quot;now?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>now?</strong>: () =&gt; <code>number</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:51</p><p>Clock in milliseconds (default <code>performance.now</code>).</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/interfaces/EventTracerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EventTracerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EventTracerOptions as default
};
