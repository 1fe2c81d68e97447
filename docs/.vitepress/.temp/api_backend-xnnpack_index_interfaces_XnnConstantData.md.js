import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: XnnConstantData","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/interfaces/XnnConstantData.md","filePath":"api/backend-xnnpack/index/interfaces/XnnConstantData.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/interfaces/XnnConstantData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XnnConstantData</p><h1 id="interface-xnnconstantdata" tabindex="-1">Interface: XnnConstantData <a class="header-anchor" href="#interface-xnnconstantdata" aria-label="Permalink to &quot;Interface: XnnConstantData&quot;">​</a></h1><p>Defined in: backend-xnnpack/src/serialization/xnn-graph.ts:204</p><p>Where one constant&#39;s bytes are.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="namedkey" tabindex="-1">namedKey <a class="header-anchor" href="#namedkey" aria-label="Permalink to &quot;namedKey&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>namedKey</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph.ts:209</p><p>Key into the program&#39;s named data (SHA-256 hex), or <code>null</code>.</p><hr><h3 id="offset" tabindex="-1">offset <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>offset</strong>: <code>bigint</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph.ts:206</p><p>Offset into the payload&#39;s constant region; <code>null</code> when the bytes are in named data.</p><hr><h3 id="size" tabindex="-1">size <a class="header-anchor" href="#size" aria-label="Permalink to &quot;size&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>size</strong>: <code>bigint</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph.ts:207</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/interfaces/XnnConstantData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XnnConstantData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XnnConstantData as default
};
