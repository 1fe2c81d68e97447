import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeXnnPayload()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/functions/decodeXnnPayload.md","filePath":"api/backend-xnnpack/index/functions/decodeXnnPayload.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/functions/decodeXnnPayload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / decodeXnnPayload</p><h1 id="function-decodexnnpayload" tabindex="-1">Function: decodeXnnPayload() <a class="header-anchor" href="#function-decodexnnpayload" aria-label="Permalink to &quot;Function: decodeXnnPayload()&quot;">​</a></h1><blockquote><p><strong>decodeXnnPayload</strong>(<code>payload</code>): <a href="./../interfaces/XnnPayload.html"><code>XnnPayload</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/serialization/xnn-graph-reader.ts:429</p><p>Parses the header of an XNNPACK delegate payload and decodes its <code>XNNGraph</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="payload" tabindex="-1">payload <a class="header-anchor" href="#payload" aria-label="Permalink to &quot;payload&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/XnnPayload.html"><code>XnnPayload</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/functions/decodeXnnPayload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeXnnPayload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeXnnPayload as default
};
