import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ZooInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/index/type-aliases/ZooInput.md","filePath":"api/conformance-zoo/index/type-aliases/ZooInput.md"}');
const _sfc_main = { name: "api/conformance-zoo/index/type-aliases/ZooInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">index</a> / ZooInput</p><h1 id="type-alias-zooinput" tabindex="-1">Type Alias: ZooInput <a class="header-anchor" href="#type-alias-zooinput" aria-label="Permalink to &quot;Type Alias: ZooInput&quot;">​</a></h1><blockquote><p><strong>ZooInput</strong> = <a href="./../../../core/classes/Tensor.html"><code>Tensor</code></a> | <code>number</code> | <code>boolean</code> | <code>null</code></p></blockquote><p>Defined in: zoo.ts:24</p><p>An input of a recorded step, ready for <code>Module.execute</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/index/type-aliases/ZooInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ZooInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ZooInput as default
};
