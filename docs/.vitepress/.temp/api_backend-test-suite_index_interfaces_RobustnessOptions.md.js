import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RobustnessOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/interfaces/RobustnessOptions.md","filePath":"api/backend-test-suite/index/interfaces/RobustnessOptions.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/interfaces/RobustnessOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / RobustnessOptions</p><h1 id="interface-robustnessoptions" tabindex="-1">Interface: RobustnessOptions <a class="header-anchor" href="#interface-robustnessoptions" aria-label="Permalink to &quot;Interface: RobustnessOptions&quot;">​</a></h1><p>Defined in: robustness.ts:16</p><p>Sizes of the robustness checks.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bitflips" tabindex="-1">bitFlips? <a class="header-anchor" href="#bitflips" aria-label="Permalink to &quot;bitFlips?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>bitFlips?</strong>: <code>number</code></p></blockquote><p>Defined in: robustness.ts:22</p><p>Bit flips per payload (default 8); truncations are at fixed points (empty, 1 byte, 8 bytes, half, all but one).</p><hr><h3 id="concurrent" tabindex="-1">concurrent? <a class="header-anchor" href="#concurrent" aria-label="Permalink to &quot;concurrent?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>concurrent?</strong>: <code>number</code></p></blockquote><p>Defined in: robustness.ts:24</p><p>Programs loaded and disposed in the destroy checks, and run at once in the concurrency check (default 6).</p><hr><h3 id="mutationtimems" tabindex="-1">mutationTimeMs? <a class="header-anchor" href="#mutationtimems" aria-label="Permalink to &quot;mutationTimeMs?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>mutationTimeMs?</strong>: <code>number</code></p></blockquote><p>Defined in: robustness.ts:26</p><p>Longest one mutated payload may take to be refused or run, in milliseconds (default 10 000).</p><hr><h3 id="programs" tabindex="-1">programs? <a class="header-anchor" href="#programs" aria-label="Permalink to &quot;programs?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>programs?</strong>: <code>number</code></p></blockquote><p>Defined in: robustness.ts:20</p><p>Programs whose payloads are mutated (default 12).</p><hr><h3 id="seed" tabindex="-1">seed? <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>seed?</strong>: <code>number</code></p></blockquote><p>Defined in: robustness.ts:18</p><p>Seed of the choices and mutations (default 1).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/interfaces/RobustnessOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RobustnessOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RobustnessOptions as default
};
