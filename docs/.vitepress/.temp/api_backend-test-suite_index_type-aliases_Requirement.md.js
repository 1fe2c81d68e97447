import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Requirement","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/type-aliases/Requirement.md","filePath":"api/backend-test-suite/index/type-aliases/Requirement.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/type-aliases/Requirement.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / Requirement</p><h1 id="type-alias-requirement" tabindex="-1">Type Alias: Requirement <a class="header-anchor" href="#type-alias-requirement" aria-label="Permalink to &quot;Type Alias: Requirement&quot;">​</a></h1><blockquote><p><strong>Requirement</strong> = <code>string</code></p></blockquote><p>Defined in: capabilities.ts:8</p><p>One thing a case needs from a backend, as a string: <code>operator:aten.add.Tensor</code>, <code>dtype:float32</code>, <code>quantization:int8-static</code>, <code>dynamic-shapes</code> or <code>threads</code>. A case runs when every one of its requirements is among the backend&#39;s declared capabilities.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/type-aliases/Requirement.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Requirement = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Requirement as default
};
