import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: XnnValidationContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/interfaces/XnnValidationContext.md","filePath":"api/backend-xnnpack/index/interfaces/XnnValidationContext.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/interfaces/XnnValidationContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XnnValidationContext</p><h1 id="interface-xnnvalidationcontext" tabindex="-1">Interface: XnnValidationContext <a class="header-anchor" href="#interface-xnnvalidationcontext" aria-label="Permalink to &quot;Interface: XnnValidationContext&quot;">​</a></h1><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-validator.ts:15</p><p>What <a href="./../functions/validateXnnGraph.html">validateXnnGraph</a> checks the graph against.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="constantregionsize" tabindex="-1">constantRegionSize <a class="header-anchor" href="#constantregionsize" aria-label="Permalink to &quot;constantRegionSize&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>constantRegionSize</strong>: <code>number</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-validator.ts:17</p><p>Size of the payload&#39;s inline constant region.</p><hr><h3 id="nameddata" tabindex="-1">namedData? <a class="header-anchor" href="#nameddata" aria-label="Permalink to &quot;namedData?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>namedData?</strong>: <a href="./../../../core/interfaces/NamedDataMap.html"><code>NamedDataMap</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-validator.ts:19</p><p>Named data of the program (weights keyed by SHA-256).</p><hr><h3 id="numargs" tabindex="-1">numArgs? <a class="header-anchor" href="#numargs" aria-label="Permalink to &quot;numArgs?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>numArgs?</strong>: <code>number</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-validator.ts:21</p><p>Number of arguments of the delegate call, when known.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/interfaces/XnnValidationContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XnnValidationContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XnnValidationContext as default
};
