import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OperatorData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/OperatorData.md","filePath":"api/ir/interfaces/OperatorData.md"}');
const _sfc_main = { name: "api/ir/interfaces/OperatorData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / OperatorData</p><h1 id="interface-operatordata" tabindex="-1">Interface: OperatorData <a class="header-anchor" href="#interface-operatordata" aria-label="Permalink to &quot;Interface: OperatorData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:76</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:77</p><hr><h3 id="overload" tabindex="-1">overload <a class="header-anchor" href="#overload" aria-label="Permalink to &quot;overload&quot;">​</a></h3><blockquote><p><strong>overload</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:78</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/OperatorData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OperatorData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OperatorData as default
};
