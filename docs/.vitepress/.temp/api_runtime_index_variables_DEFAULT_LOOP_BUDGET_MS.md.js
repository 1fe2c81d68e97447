import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_LOOP_BUDGET_MS","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/variables/DEFAULT_LOOP_BUDGET_MS.md","filePath":"api/runtime/index/variables/DEFAULT_LOOP_BUDGET_MS.md"}');
const _sfc_main = { name: "api/runtime/index/variables/DEFAULT_LOOP_BUDGET_MS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / DEFAULT_LOOP_BUDGET_MS</p><h1 id="variable-default-loop-budget-ms" tabindex="-1">Variable: DEFAULT_LOOP_BUDGET_MS <a class="header-anchor" href="#variable-default-loop-budget-ms" aria-label="Permalink to &quot;Variable: DEFAULT\\_LOOP\\_BUDGET\\_MS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_LOOP_BUDGET_MS</strong>: <code>1000</code> = <code>1000</code></p></blockquote><p>Defined in: runtime/src/method.ts:53</p><p>Default wall-clock budget, in milliseconds, of an <code>execute</code> that loops: counted from its first backward jump (see <a href="./../interfaces/ExecuteLimits.html#maxexecutems">ExecuteLimits.maxExecuteMs</a>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/variables/DEFAULT_LOOP_BUDGET_MS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_LOOP_BUDGET_MS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_LOOP_BUDGET_MS as default
};
