import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: BACKEND_PACKAGES","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/variables/BACKEND_PACKAGES.md","filePath":"api/runtime/index/variables/BACKEND_PACKAGES.md"}');
const _sfc_main = { name: "api/runtime/index/variables/BACKEND_PACKAGES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / BACKEND_PACKAGES</p><h1 id="variable-backend-packages" tabindex="-1">Variable: BACKEND_PACKAGES <a class="header-anchor" href="#variable-backend-packages" aria-label="Permalink to &quot;Variable: BACKEND\\_PACKAGES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>BACKEND_PACKAGES</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;&gt;</p></blockquote><p>Defined in: runtime/src/method.ts:101</p><p>Which Kindling package provides the backend for a delegate id written by ExecuTorch&#39;s tools.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/variables/BACKEND_PACKAGES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BACKEND_PACKAGES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BACKEND_PACKAGES as default
};
