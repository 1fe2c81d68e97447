import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReadProgramOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/ReadProgramOptions.md","filePath":"api/ir/interfaces/ReadProgramOptions.md"}');
const _sfc_main = { name: "api/ir/interfaces/ReadProgramOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ReadProgramOptions</p><h1 id="interface-readprogramoptions" tabindex="-1">Interface: ReadProgramOptions <a class="header-anchor" href="#interface-readprogramoptions" aria-label="Permalink to &quot;Interface: ReadProgramOptions&quot;">​</a></h1><p>Defined in: packages/ir/src/pte-file.ts:13</p><p>Options for <a href="./../classes/PteFile.html#read">PteFile.read</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxprogramsize" tabindex="-1">maxProgramSize? <a class="header-anchor" href="#maxprogramsize" aria-label="Permalink to &quot;maxProgramSize?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxProgramSize?</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/pte-file.ts:15</p><p>Largest flatbuffer region accepted, in bytes (default 512 MiB). Segments are not limited.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/ReadProgramOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReadProgramOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReadProgramOptions as default
};
