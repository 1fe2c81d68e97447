import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ContainerMetadataData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/ContainerMetadataData.md","filePath":"api/ir/interfaces/ContainerMetadataData.md"}');
const _sfc_main = { name: "api/ir/interfaces/ContainerMetadataData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ContainerMetadataData</p><h1 id="interface-containermetadatadata" tabindex="-1">Interface: ContainerMetadataData <a class="header-anchor" href="#interface-containermetadatadata" aria-label="Permalink to &quot;Interface: ContainerMetadataData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:118</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="encodedinpstr" tabindex="-1">encodedInpStr <a class="header-anchor" href="#encodedinpstr" aria-label="Permalink to &quot;encodedInpStr&quot;">​</a></h3><blockquote><p><strong>encodedInpStr</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:119</p><hr><h3 id="encodedoutstr" tabindex="-1">encodedOutStr <a class="header-anchor" href="#encodedoutstr" aria-label="Permalink to &quot;encodedOutStr&quot;">​</a></h3><blockquote><p><strong>encodedOutStr</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:120</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/ContainerMetadataData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ContainerMetadataData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ContainerMetadataData as default
};
