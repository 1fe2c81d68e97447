import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createEventTracer()","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/functions/createEventTracer.md","filePath":"api/runtime/index/functions/createEventTracer.md"}');
const _sfc_main = { name: "api/runtime/index/functions/createEventTracer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / createEventTracer</p><h1 id="function-createeventtracer" tabindex="-1">Function: createEventTracer() <a class="header-anchor" href="#function-createeventtracer" aria-label="Permalink to &quot;Function: createEventTracer()&quot;">​</a></h1><blockquote><p><strong>createEventTracer</strong>(<code>options?</code>): <a href="./../interfaces/RecordingEventTracer.html"><code>RecordingEventTracer</code></a></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:61</p><p>Creates an event tracer that records per-instruction (with the operator name), per-delegate, per-method and delegate-init timings. Pass it as <code>eventTracer</code> to <code>Module.load</code>, then read <code>summary()</code> for a per-operator table (see <a href="./formatEventSummary.html">formatEventSummary</a>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/EventTracerOptions.html"><code>EventTracerOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/RecordingEventTracer.html"><code>RecordingEventTracer</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/functions/createEventTracer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createEventTracer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createEventTracer as default
};
