import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: bytesSource()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/bytesSource.md","filePath":"api/ir/functions/bytesSource.md"}');
const _sfc_main = { name: "api/ir/functions/bytesSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / bytesSource</p><h1 id="function-bytessource" tabindex="-1">Function: bytesSource() <a class="header-anchor" href="#function-bytessource" aria-label="Permalink to &quot;Function: bytesSource()&quot;">​</a></h1><blockquote><p><strong>bytesSource</strong>(<code>bytes</code>): <a href="./../interfaces/ByteSource.html"><code>ByteSource</code></a></p></blockquote><p>Defined in: packages/ir/src/byte-source.ts:15</p><p>A <a href="./../interfaces/ByteSource.html">ByteSource</a> over bytes already in memory (views, never copies).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ByteSource.html"><code>ByteSource</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/bytesSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bytesSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bytesSource as default
};
