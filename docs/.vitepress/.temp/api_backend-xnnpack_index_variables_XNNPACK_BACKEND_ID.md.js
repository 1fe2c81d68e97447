import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: XNNPACK_BACKEND_ID","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/variables/XNNPACK_BACKEND_ID.md","filePath":"api/backend-xnnpack/index/variables/XNNPACK_BACKEND_ID.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/variables/XNNPACK_BACKEND_ID.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / XNNPACK_BACKEND_ID</p><h1 id="variable-xnnpack-backend-id" tabindex="-1">Variable: XNNPACK_BACKEND_ID <a class="header-anchor" href="#variable-xnnpack-backend-id" aria-label="Permalink to &quot;Variable: XNNPACK\\_BACKEND\\_ID&quot;">​</a></h1><blockquote><p><code>const</code> <strong>XNNPACK_BACKEND_ID</strong>: <code>&quot;XnnpackBackend&quot;</code> = <code>&#39;XnnpackBackend&#39;</code></p></blockquote><p>Defined in: backend-xnnpack/src/runtime/xnn-backend.ts:121</p><p>The delegate id ExecuTorch writes for XNNPACK payloads.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/variables/XNNPACK_BACKEND_ID.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const XNNPACK_BACKEND_ID = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  XNNPACK_BACKEND_ID as default
};
