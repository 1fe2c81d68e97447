import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BackendInitContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/BackendInitContext.md","filePath":"api/core/interfaces/BackendInitContext.md"}');
const _sfc_main = { name: "api/core/interfaces/BackendInitContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / BackendInitContext</p><h1 id="interface-backendinitcontext" tabindex="-1">Interface: BackendInitContext <a class="header-anchor" href="#interface-backendinitcontext" aria-label="Permalink to &quot;Interface: BackendInitContext&quot;">​</a></h1><p>Defined in: packages/core/src/backend.ts:41</p><p>What a backend receives when a delegate of a method is initialised.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="delegateindex" tabindex="-1">delegateIndex <a class="header-anchor" href="#delegateindex" aria-label="Permalink to &quot;delegateIndex&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>delegateIndex</strong>: <code>number</code></p></blockquote><p>Defined in: packages/core/src/backend.ts:45</p><p>The delegate&#39;s index in the method&#39;s delegate table.</p><hr><h3 id="eventtracer" tabindex="-1">eventTracer? <a class="header-anchor" href="#eventtracer" aria-label="Permalink to &quot;eventTracer?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>eventTracer?</strong>: <a href="./EventTracer.html"><code>EventTracer</code></a></p></blockquote><p>Defined in: packages/core/src/backend.ts:50</p><hr><h3 id="methodname" tabindex="-1">methodName <a class="header-anchor" href="#methodname" aria-label="Permalink to &quot;methodName&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>methodName</strong>: <code>string</code></p></blockquote><p>Defined in: packages/core/src/backend.ts:43</p><p>The method being loaded.</p><hr><h3 id="nameddata" tabindex="-1">namedData <a class="header-anchor" href="#nameddata" aria-label="Permalink to &quot;namedData&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>namedData</strong>: <a href="./NamedDataMap.html"><code>NamedDataMap</code></a></p></blockquote><p>Defined in: packages/core/src/backend.ts:47</p><p>Named data: program <code>named_data</code> merged with external <code>.ptd</code> files.</p><hr><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>options</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;&gt;</p></blockquote><p>Defined in: packages/core/src/backend.ts:49</p><p>Load-time options the application gave for this backend (see <a href="./BackendOptionsMap.html">BackendOptionsMap</a>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/BackendInitContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendInitContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendInitContext as default
};
