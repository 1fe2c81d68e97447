import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WritePteOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/WritePteOptions.md","filePath":"api/ir/interfaces/WritePteOptions.md"}');
const _sfc_main = { name: "api/ir/interfaces/WritePteOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / WritePteOptions</p><h1 id="interface-writepteoptions" tabindex="-1">Interface: WritePteOptions <a class="header-anchor" href="#interface-writepteoptions" aria-label="Permalink to &quot;Interface: WritePteOptions&quot;">​</a></h1><p>Defined in: packages/ir/src/pte-writer.ts:8</p><p>Options for <a href="./../functions/writePte.html">writePte</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="segmentalignment" tabindex="-1">segmentAlignment? <a class="header-anchor" href="#segmentalignment" aria-label="Permalink to &quot;segmentAlignment?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>segmentAlignment?</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/pte-writer.ts:10</p><p>Alignment of every segment start, relative to the segment base (default 128, as ExecuTorch).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/WritePteOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WritePteOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WritePteOptions as default
};
