import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ByteSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/ByteSource.md","filePath":"api/ir/interfaces/ByteSource.md"}');
const _sfc_main = { name: "api/ir/interfaces/ByteSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ByteSource</p><h1 id="interface-bytesource" tabindex="-1">Interface: ByteSource <a class="header-anchor" href="#interface-bytesource" aria-label="Permalink to &quot;Interface: ByteSource&quot;">​</a></h1><p>Defined in: packages/ir/src/byte-source.ts:7</p><p>Random access to the bytes of a file without holding all of them: readers ask only for the ranges they need (headers, the flatbuffer, one segment at a time).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="size" tabindex="-1">size <a class="header-anchor" href="#size" aria-label="Permalink to &quot;size&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>size</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/byte-source.ts:9</p><p>Total size in bytes.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="read" tabindex="-1">read() <a class="header-anchor" href="#read" aria-label="Permalink to &quot;read()&quot;">​</a></h3><blockquote><p><strong>read</strong>(<code>offset</code>, <code>length</code>): <code>Uint8Array</code></p></blockquote><p>Defined in: packages/ir/src/byte-source.ts:11</p><p><code>length</code> bytes at <code>offset</code>. May return a view into memory the source owns.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="offset" tabindex="-1">offset <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset&quot;">​</a></h5><p><code>number</code></p><h5 id="length" tabindex="-1">length <a class="header-anchor" href="#length" aria-label="Permalink to &quot;length&quot;">​</a></h5><p><code>number</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/ByteSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ByteSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ByteSource as default
};
