import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: fileIdentifier()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/fileIdentifier.md","filePath":"api/ir/functions/fileIdentifier.md"}');
const _sfc_main = { name: "api/ir/functions/fileIdentifier.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / fileIdentifier</p><h1 id="function-fileidentifier" tabindex="-1">Function: fileIdentifier() <a class="header-anchor" href="#function-fileidentifier" aria-label="Permalink to &quot;Function: fileIdentifier()&quot;">​</a></h1><blockquote><p><strong>fileIdentifier</strong>(<code>bytes</code>): <code>string</code></p></blockquote><p>Defined in: packages/ir/src/headers.ts:7</p><p>The 4-character file identifier at bytes 4..8 of a flatbuffer file, or &#39;&#39; when too short.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/fileIdentifier.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fileIdentifier = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fileIdentifier as default
};
