import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ExecuteLimits","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/interfaces/ExecuteLimits.md","filePath":"api/runtime/index/interfaces/ExecuteLimits.md"}');
const _sfc_main = { name: "api/runtime/index/interfaces/ExecuteLimits.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / ExecuteLimits</p><h1 id="interface-executelimits" tabindex="-1">Interface: ExecuteLimits <a class="header-anchor" href="#interface-executelimits" aria-label="Permalink to &quot;Interface: ExecuteLimits&quot;">​</a></h1><p>Defined in: runtime/src/method.ts:68</p><p>Bounds on one <code>execute</code>. Both are checked between instructions: a single kernel or delegate call is never interrupted, so an execute can overrun <code>maxExecuteMs</code> by the duration of one instruction (the clock is read every few instructions and after every asynchronous delegate call).</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./MethodExecuteOptions.html"><code>MethodExecuteOptions</code></a></li><li><a href="./MethodLoadOptions.html"><code>MethodLoadOptions</code></a></li><li><a href="./ModuleLoadOptions.html"><code>ModuleLoadOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxexecutems" tabindex="-1">maxExecuteMs? <a class="header-anchor" href="#maxexecutems" aria-label="Permalink to &quot;maxExecuteMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxExecuteMs?</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/method.ts:83</p><p>Wall-clock budget of one execute in milliseconds, counted from its start; past it the execute fails with <code>OutOfResources</code>. A positive number or <code>Infinity</code> (no time limit).</p><p>Default: no limit for straight-line code (each instruction runs at most once, so such an execute ends on its own), but once an execute jumps backwards (a loop) it may run for at most <a href="./../variables/DEFAULT_LOOP_BUDGET_MS.html">DEFAULT_LOOP_BUDGET_MS</a> (1 s) more. A program with a legitimately long loop sets this.</p><hr><h3 id="maxinstructions" tabindex="-1">maxInstructions? <a class="header-anchor" href="#maxinstructions" aria-label="Permalink to &quot;maxInstructions?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxInstructions?</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/method.ts:74</p><p>Most instructions one execute may run (jumps, moves and frees included); above it the execute fails with <code>InvalidProgram</code>. A positive integer or <code>Infinity</code>; default <a href="./../variables/MAX_INSTRUCTIONS_PER_EXECUTE.html">MAX_INSTRUCTIONS_PER_EXECUTE</a> (10,000,000).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/interfaces/ExecuteLimits.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExecuteLimits = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExecuteLimits as default
};
