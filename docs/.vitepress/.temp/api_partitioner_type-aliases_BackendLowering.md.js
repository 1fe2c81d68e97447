import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BackendLowering","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/type-aliases/BackendLowering.md","filePath":"api/partitioner/type-aliases/BackendLowering.md"}');
const _sfc_main = { name: "api/partitioner/type-aliases/BackendLowering.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / BackendLowering</p><h1 id="type-alias-backendlowering" tabindex="-1">Type Alias: BackendLowering <a class="header-anchor" href="#type-alias-backendlowering" aria-label="Permalink to &quot;Type Alias: BackendLowering&quot;">​</a></h1><blockquote><p><strong>BackendLowering</strong> = <a href="./../interfaces/BackendLoweringV1.html"><code>BackendLoweringV1</code></a></p></blockquote><p>Defined in: partitioner/src/backend-lowering.ts:89</p><p>The current ahead-of-time backend interface (<a href="./../interfaces/BackendLoweringV1.html">BackendLoweringV1</a>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/type-aliases/BackendLowering.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendLowering = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendLowering as default
};
