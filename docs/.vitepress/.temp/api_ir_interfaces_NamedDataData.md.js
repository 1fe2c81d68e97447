import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NamedDataData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/NamedDataData.md","filePath":"api/ir/interfaces/NamedDataData.md"}');
const _sfc_main = { name: "api/ir/interfaces/NamedDataData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / NamedDataData</p><h1 id="interface-nameddatadata" tabindex="-1">Interface: NamedDataData <a class="header-anchor" href="#interface-nameddatadata" aria-label="Permalink to &quot;Interface: NamedDataData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:155</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h3><blockquote><p><strong>key</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:156</p><hr><h3 id="segmentindex" tabindex="-1">segmentIndex <a class="header-anchor" href="#segmentindex" aria-label="Permalink to &quot;segmentIndex&quot;">​</a></h3><blockquote><p><strong>segmentIndex</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:157</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/NamedDataData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NamedDataData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NamedDataData as default
};
