import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BundledProgramData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/BundledProgramData.md","filePath":"api/ir/interfaces/BundledProgramData.md"}');
const _sfc_main = { name: "api/ir/interfaces/BundledProgramData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / BundledProgramData</p><h1 id="interface-bundledprogramdata" tabindex="-1">Interface: BundledProgramData <a class="header-anchor" href="#interface-bundledprogramdata" aria-label="Permalink to &quot;Interface: BundledProgramData&quot;">​</a></h1><p>Defined in: packages/ir/src/bundled-program.ts:43</p><p>A bundled program (<code>.bpte</code>): an ExecuTorch program plus test cases per method.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="program" tabindex="-1">program <a class="header-anchor" href="#program" aria-label="Permalink to &quot;program&quot;">​</a></h3><blockquote><p><strong>program</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: packages/ir/src/bundled-program.ts:46</p><p>The wrapped <code>.pte</code> bytes (a view).</p><hr><h3 id="suites" tabindex="-1">suites <a class="header-anchor" href="#suites" aria-label="Permalink to &quot;suites&quot;">​</a></h3><blockquote><p><strong>suites</strong>: <a href="./BundledTestSuite.html"><code>BundledTestSuite</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/bundled-program.ts:47</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/bundled-program.ts:44</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/BundledProgramData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BundledProgramData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BundledProgramData as default
};
