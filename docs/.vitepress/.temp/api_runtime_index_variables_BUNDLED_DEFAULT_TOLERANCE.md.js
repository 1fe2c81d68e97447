import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: BUNDLED_DEFAULT_TOLERANCE","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/variables/BUNDLED_DEFAULT_TOLERANCE.md","filePath":"api/runtime/index/variables/BUNDLED_DEFAULT_TOLERANCE.md"}');
const _sfc_main = { name: "api/runtime/index/variables/BUNDLED_DEFAULT_TOLERANCE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / BUNDLED_DEFAULT_TOLERANCE</p><h1 id="variable-bundled-default-tolerance" tabindex="-1">Variable: BUNDLED_DEFAULT_TOLERANCE <a class="header-anchor" href="#variable-bundled-default-tolerance" aria-label="Permalink to &quot;Variable: BUNDLED\\_DEFAULT\\_TOLERANCE&quot;">​</a></h1><blockquote><p><code>const</code> <strong>BUNDLED_DEFAULT_TOLERANCE</strong>: <code>Readonly</code>&lt;{ <code>atol</code>: <code>0.00001</code>; <code>rtol</code>: <code>0.00001</code>; }&gt;</p></blockquote><p>Defined in: runtime/src/bundled.ts:24</p><p>Default tolerances of <a href="./../functions/runBundledProgram.html">runBundledProgram</a>: an output element passes when <code>|actual - expected| &lt;= atol + rtol * |expected|</code>. ExecuTorch&#39;s bundled-program check defaults to rtol 1e-5 and atol 1e-8; Kindling uses atol 1e-5 so that float32 results near zero, which may differ from PyTorch&#39;s in the last bits, are not reported as failures.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/variables/BUNDLED_DEFAULT_TOLERANCE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BUNDLED_DEFAULT_TOLERANCE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BUNDLED_DEFAULT_TOLERANCE as default
};
