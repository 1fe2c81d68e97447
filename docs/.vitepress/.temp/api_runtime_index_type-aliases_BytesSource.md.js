import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BytesSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/type-aliases/BytesSource.md","filePath":"api/runtime/index/type-aliases/BytesSource.md"}');
const _sfc_main = { name: "api/runtime/index/type-aliases/BytesSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / BytesSource</p><h1 id="type-alias-bytessource" tabindex="-1">Type Alias: BytesSource <a class="header-anchor" href="#type-alias-bytessource" aria-label="Permalink to &quot;Type Alias: BytesSource&quot;">​</a></h1><blockquote><p><strong>BytesSource</strong> = <code>Uint8Array</code> | <code>ArrayBuffer</code> | <code>URL</code> | <code>string</code> | <code>Response</code> | <code>Blob</code></p></blockquote><p>Defined in: runtime/src/load-source.ts:7</p><p>Where program or data bytes come from: bytes, a URL (fetched), a file path (Node only), a fetch <code>Response</code> (its body is read), or a <code>Blob</code> / <code>File</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/type-aliases/BytesSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BytesSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BytesSource as default
};
