import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FlatTensorData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/FlatTensorData.md","filePath":"api/ir/interfaces/FlatTensorData.md"}');
const _sfc_main = { name: "api/ir/interfaces/FlatTensorData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / FlatTensorData</p><h1 id="interface-flattensordata" tabindex="-1">Interface: FlatTensorData <a class="header-anchor" href="#interface-flattensordata" aria-label="Permalink to &quot;Interface: FlatTensorData&quot;">​</a></h1><p>Defined in: packages/ir/src/flat-tensor.ts:28</p><p>The decoded content of a <code>.ptd</code> file.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="nameddata" tabindex="-1">namedData <a class="header-anchor" href="#nameddata" aria-label="Permalink to &quot;namedData&quot;">​</a></h3><blockquote><p><strong>namedData</strong>: <a href="./FlatTensorEntry.html"><code>FlatTensorEntry</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/flat-tensor.ts:31</p><hr><h3 id="segments" tabindex="-1">segments <a class="header-anchor" href="#segments" aria-label="Permalink to &quot;segments&quot;">​</a></h3><blockquote><p><strong>segments</strong>: <code>object</code>[]</p></blockquote><p>Defined in: packages/ir/src/flat-tensor.ts:30</p><h4 id="offset" tabindex="-1">offset <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset&quot;">​</a></h4><blockquote><p><strong>offset</strong>: <code>bigint</code></p></blockquote><h4 id="size" tabindex="-1">size <a class="header-anchor" href="#size" aria-label="Permalink to &quot;size&quot;">​</a></h4><blockquote><p><strong>size</strong>: <code>bigint</code></p></blockquote><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/flat-tensor.ts:29</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/FlatTensorData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FlatTensorData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FlatTensorData as default
};
