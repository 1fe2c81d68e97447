import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BackendExecutionContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/BackendExecutionContext.md","filePath":"api/core/interfaces/BackendExecutionContext.md"}');
const _sfc_main = { name: "api/core/interfaces/BackendExecutionContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / BackendExecutionContext</p><h1 id="interface-backendexecutioncontext" tabindex="-1">Interface: BackendExecutionContext <a class="header-anchor" href="#interface-backendexecutioncontext" aria-label="Permalink to &quot;Interface: BackendExecutionContext&quot;">​</a></h1><p>Defined in: packages/core/src/backend.ts:54</p><p>What a backend receives when a delegate call executes.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="eventtracer" tabindex="-1">eventTracer? <a class="header-anchor" href="#eventtracer" aria-label="Permalink to &quot;eventTracer?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>eventTracer?</strong>: <a href="./EventTracer.html"><code>EventTracer</code></a></p></blockquote><p>Defined in: packages/core/src/backend.ts:56</p><hr><h3 id="methodname" tabindex="-1">methodName <a class="header-anchor" href="#methodname" aria-label="Permalink to &quot;methodName&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>methodName</strong>: <code>string</code></p></blockquote><p>Defined in: packages/core/src/backend.ts:55</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/BackendExecutionContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendExecutionContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendExecutionContext as default
};
