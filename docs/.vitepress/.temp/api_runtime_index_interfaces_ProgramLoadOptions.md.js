import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProgramLoadOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/interfaces/ProgramLoadOptions.md","filePath":"api/runtime/index/interfaces/ProgramLoadOptions.md"}');
const _sfc_main = { name: "api/runtime/index/interfaces/ProgramLoadOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / ProgramLoadOptions</p><h1 id="interface-programloadoptions" tabindex="-1">Interface: ProgramLoadOptions <a class="header-anchor" href="#interface-programloadoptions" aria-label="Permalink to &quot;Interface: ProgramLoadOptions&quot;">​</a></h1><p>Defined in: runtime/src/program.ts:20</p><p>Options for <a href="./../classes/Program.html#load">Program.load</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="datafiles" tabindex="-1">dataFiles? <a class="header-anchor" href="#datafiles" aria-label="Permalink to &quot;dataFiles?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>dataFiles?</strong>: readonly <a href="./../../../core/interfaces/NamedDataMap.html"><code>NamedDataMap</code></a>[]</p></blockquote><p>Defined in: runtime/src/program.ts:26</p><p>External tensor data holding the program&#39;s EXTERNAL constants, as named data maps: read a <code>.ptd</code> file with <code>readDataFile(bytes)</code> or <code>await loadDataFile(source)</code>. Their keys are merged with the program&#39;s own <code>named_data</code>; a key present twice is refused (<code>InvalidArgument</code>).</p><hr><h3 id="maxprogramsize" tabindex="-1">maxProgramSize? <a class="header-anchor" href="#maxprogramsize" aria-label="Permalink to &quot;maxProgramSize?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxProgramSize?</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/program.ts:28</p><p>Largest program flatbuffer accepted, in bytes (default 512 MiB).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/interfaces/ProgramLoadOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProgramLoadOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProgramLoadOptions as default
};
