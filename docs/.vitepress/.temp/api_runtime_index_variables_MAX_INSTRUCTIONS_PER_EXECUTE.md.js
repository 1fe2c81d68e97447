import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_INSTRUCTIONS_PER_EXECUTE","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/variables/MAX_INSTRUCTIONS_PER_EXECUTE.md","filePath":"api/runtime/index/variables/MAX_INSTRUCTIONS_PER_EXECUTE.md"}');
const _sfc_main = { name: "api/runtime/index/variables/MAX_INSTRUCTIONS_PER_EXECUTE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / MAX_INSTRUCTIONS_PER_EXECUTE</p><h1 id="variable-max-instructions-per-execute" tabindex="-1">Variable: MAX_INSTRUCTIONS_PER_EXECUTE <a class="header-anchor" href="#variable-max-instructions-per-execute" aria-label="Permalink to &quot;Variable: MAX\\_INSTRUCTIONS\\_PER\\_EXECUTE&quot;">​</a></h1><blockquote><p><code>const</code> <strong>MAX_INSTRUCTIONS_PER_EXECUTE</strong>: <code>10000000</code> = <code>10_000_000</code></p></blockquote><p>Defined in: runtime/src/method.ts:47</p><p>Default of <a href="./../interfaces/ExecuteLimits.html#maxinstructions">ExecuteLimits.maxInstructions</a>: most instructions one <code>execute</code> may run before it is stopped (a guard against jump loops).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/variables/MAX_INSTRUCTIONS_PER_EXECUTE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_INSTRUCTIONS_PER_EXECUTE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_INSTRUCTIONS_PER_EXECUTE as default
};
