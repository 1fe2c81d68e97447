import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CALL_DELEGATE","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/variables/CALL_DELEGATE.md","filePath":"api/ir/variables/CALL_DELEGATE.md"}');
const _sfc_main = { name: "api/ir/variables/CALL_DELEGATE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / CALL_DELEGATE</p><h1 id="variable-call-delegate" tabindex="-1">Variable: CALL_DELEGATE <a class="header-anchor" href="#variable-call-delegate" aria-label="Permalink to &quot;Variable: CALL\\_DELEGATE&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CALL_DELEGATE</strong>: <code>&quot;executorch.call_delegate&quot;</code> = <code>&#39;executorch.call_delegate&#39;</code></p></blockquote><p>Defined in: packages/ir/src/graph/graph.ts:120</p><p>The op name of delegate calls.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/variables/CALL_DELEGATE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CALL_DELEGATE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CALL_DELEGATE as default
};
