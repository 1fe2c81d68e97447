import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toByteSource()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/toByteSource.md","filePath":"api/ir/functions/toByteSource.md"}');
const _sfc_main = { name: "api/ir/functions/toByteSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / toByteSource</p><h1 id="function-tobytesource" tabindex="-1">Function: toByteSource() <a class="header-anchor" href="#function-tobytesource" aria-label="Permalink to &quot;Function: toByteSource()&quot;">​</a></h1><blockquote><p><strong>toByteSource</strong>(<code>input</code>): <a href="./../interfaces/ByteSource.html"><code>ByteSource</code></a></p></blockquote><p>Defined in: packages/ir/src/byte-source.ts:35</p><p>Accepts bytes in any common form and returns a <a href="./../interfaces/ByteSource.html">ByteSource</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><code>ArrayBuffer</code> | <code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <a href="./../interfaces/ByteSource.html"><code>ByteSource</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ByteSource.html"><code>ByteSource</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/toByteSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toByteSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toByteSource as default
};
