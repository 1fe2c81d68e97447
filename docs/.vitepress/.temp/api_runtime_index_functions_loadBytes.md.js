import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: loadBytes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/functions/loadBytes.md","filePath":"api/runtime/index/functions/loadBytes.md"}');
const _sfc_main = { name: "api/runtime/index/functions/loadBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / loadBytes</p><h1 id="function-loadbytes" tabindex="-1">Function: loadBytes() <a class="header-anchor" href="#function-loadbytes" aria-label="Permalink to &quot;Function: loadBytes()&quot;">​</a></h1><blockquote><p><strong>loadBytes</strong>(<code>source</code>, <code>options?</code>): <code>Promise</code>&lt;<code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;&gt;</p></blockquote><p>Defined in: runtime/src/load-source.ts:98</p><p>Reads bytes from a source: <code>Uint8Array</code> (used as is), <code>ArrayBuffer</code> (viewed), <code>URL</code> (fetched; <code>file:</code> URLs read from disk in Node), a string (an <code>http(s):</code>/<code>data:</code>/<code>blob:</code> URL is fetched, anything else is a file path in Node and a (relative) URL elsewhere), a <code>Response</code> (its body is read; an HTTP error status fails) or a <code>Blob</code> / <code>File</code>. <code>Module.load</code> and <code>loadDataFile</code> read their sources with it. Failures are <code>KindlingError</code>s: <code>NotFound</code> (HTTP 404, missing file), <code>AccessFailed</code> (other HTTP errors, network and read errors), <code>InvalidState</code> when <code>signal</code> aborts, <code>InvalidArgument</code> for a source of another type.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><p><a href="./../type-aliases/BytesSource.html"><code>BytesSource</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/LoadBytesOptions.html"><code>LoadBytesOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/functions/loadBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const loadBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  loadBytes as default
};
