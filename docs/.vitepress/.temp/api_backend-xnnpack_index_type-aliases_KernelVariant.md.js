import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: KernelVariant","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/type-aliases/KernelVariant.md","filePath":"api/backend-xnnpack/index/type-aliases/KernelVariant.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/type-aliases/KernelVariant.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / KernelVariant</p><h1 id="type-alias-kernelvariant" tabindex="-1">Type Alias: KernelVariant <a class="header-anchor" href="#type-alias-kernelvariant" aria-label="Permalink to &quot;Type Alias: KernelVariant&quot;">​</a></h1><blockquote><p><strong>KernelVariant</strong> = <code>&quot;relaxed-simd&quot;</code> | <code>&quot;simd&quot;</code></p></blockquote><p>Defined in: backend-xnnpack/src/wasm/kernels.ts:397</p><p>Which build of the kernels runs.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/type-aliases/KernelVariant.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelVariant = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelVariant as default
};
