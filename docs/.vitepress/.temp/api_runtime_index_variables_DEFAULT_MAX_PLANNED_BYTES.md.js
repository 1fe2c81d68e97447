import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_MAX_PLANNED_BYTES","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/variables/DEFAULT_MAX_PLANNED_BYTES.md","filePath":"api/runtime/index/variables/DEFAULT_MAX_PLANNED_BYTES.md"}');
const _sfc_main = { name: "api/runtime/index/variables/DEFAULT_MAX_PLANNED_BYTES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / DEFAULT_MAX_PLANNED_BYTES</p><h1 id="variable-default-max-planned-bytes" tabindex="-1">Variable: DEFAULT_MAX_PLANNED_BYTES <a class="header-anchor" href="#variable-default-max-planned-bytes" aria-label="Permalink to &quot;Variable: DEFAULT\\_MAX\\_PLANNED\\_BYTES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_MAX_PLANNED_BYTES</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/memory-arena.ts:9</p><p>Default cap on the tensor memory one method allocates (planned buffers plus tensors allocated at run time): 1 GiB. It is what a browser tab can usually allocate in one go, the same as the XNNPACK backend&#39;s arena cap, and far above what the conformance programs need (tiny_llama: 70 KB). A program that needs more passes <code>maxPlannedBytes</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/variables/DEFAULT_MAX_PLANNED_BYTES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_MAX_PLANNED_BYTES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_MAX_PLANNED_BYTES as default
};
