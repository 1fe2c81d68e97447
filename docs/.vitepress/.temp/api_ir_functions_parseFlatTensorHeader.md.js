import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseFlatTensorHeader()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/parseFlatTensorHeader.md","filePath":"api/ir/functions/parseFlatTensorHeader.md"}');
const _sfc_main = { name: "api/ir/functions/parseFlatTensorHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / parseFlatTensorHeader</p><h1 id="function-parseflattensorheader" tabindex="-1">Function: parseFlatTensorHeader() <a class="header-anchor" href="#function-parseflattensorheader" aria-label="Permalink to &quot;Function: parseFlatTensorHeader()&quot;">​</a></h1><blockquote><p><strong>parseFlatTensorHeader</strong>(<code>head</code>, <code>fileSize</code>): <a href="./../interfaces/FlatTensorHeader.html"><code>FlatTensorHeader</code></a></p></blockquote><p>Defined in: packages/ir/src/headers.ts:123</p><p>Parses and checks the <code>FH01</code> header of a <code>.ptd</code> file.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="head" tabindex="-1">head <a class="header-anchor" href="#head" aria-label="Permalink to &quot;head&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="filesize" tabindex="-1">fileSize <a class="header-anchor" href="#filesize" aria-label="Permalink to &quot;fileSize&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/FlatTensorHeader.html"><code>FlatTensorHeader</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/parseFlatTensorHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseFlatTensorHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseFlatTensorHeader as default
};
