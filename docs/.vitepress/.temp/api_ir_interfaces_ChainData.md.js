import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ChainData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/ChainData.md","filePath":"api/ir/interfaces/ChainData.md"}');
const _sfc_main = { name: "api/ir/interfaces/ChainData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ChainData</p><h1 id="interface-chaindata" tabindex="-1">Interface: ChainData <a class="header-anchor" href="#interface-chaindata" aria-label="Permalink to &quot;Interface: ChainData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:99</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="inputs" tabindex="-1">inputs <a class="header-anchor" href="#inputs" aria-label="Permalink to &quot;inputs&quot;">​</a></h3><blockquote><p><strong>inputs</strong>: <code>number</code>[]</p></blockquote><p>Defined in: packages/ir/src/program-data.ts:100</p><hr><h3 id="instructions" tabindex="-1">instructions <a class="header-anchor" href="#instructions" aria-label="Permalink to &quot;instructions&quot;">​</a></h3><blockquote><p><strong>instructions</strong>: <a href="./../type-aliases/InstructionData.html"><code>InstructionData</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/program-data.ts:102</p><hr><h3 id="outputs" tabindex="-1">outputs <a class="header-anchor" href="#outputs" aria-label="Permalink to &quot;outputs&quot;">​</a></h3><blockquote><p><strong>outputs</strong>: <code>number</code>[]</p></blockquote><p>Defined in: packages/ir/src/program-data.ts:101</p><hr><h3 id="stacktrace" tabindex="-1">stacktrace <a class="header-anchor" href="#stacktrace" aria-label="Permalink to &quot;stacktrace&quot;">​</a></h3><blockquote><p><strong>stacktrace</strong>: <a href="./FrameData.html"><code>FrameData</code></a>[][] | <code>null</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:104</p><p>One frame list per instruction, when the program was exported with stack traces.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/ChainData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChainData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChainData as default
};
