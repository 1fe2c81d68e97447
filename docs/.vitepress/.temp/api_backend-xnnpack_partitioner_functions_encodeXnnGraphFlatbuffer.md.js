import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: encodeXnnGraphFlatbuffer()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/partitioner/functions/encodeXnnGraphFlatbuffer.md","filePath":"api/backend-xnnpack/partitioner/functions/encodeXnnGraphFlatbuffer.md"}');
const _sfc_main = { name: "api/backend-xnnpack/partitioner/functions/encodeXnnGraphFlatbuffer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">partitioner</a> / encodeXnnGraphFlatbuffer</p><h1 id="function-encodexnngraphflatbuffer" tabindex="-1">Function: encodeXnnGraphFlatbuffer() <a class="header-anchor" href="#function-encodexnngraphflatbuffer" aria-label="Permalink to &quot;Function: encodeXnnGraphFlatbuffer()&quot;">​</a></h1><blockquote><p><strong>encodeXnnGraphFlatbuffer</strong>(<code>graph</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-writer.ts:334</p><p>Writes an <code>XNNGraph</code> flatbuffer (identifier <code>XN01</code> unless the data names another).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="graph" tabindex="-1">graph <a class="header-anchor" href="#graph" aria-label="Permalink to &quot;graph&quot;">​</a></h3><p><a href="./../interfaces/XnnGraphData.html"><code>XnnGraphData</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/partitioner/functions/encodeXnnGraphFlatbuffer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const encodeXnnGraphFlatbuffer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  encodeXnnGraphFlatbuffer as default
};
