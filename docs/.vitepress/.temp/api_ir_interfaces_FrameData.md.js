import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FrameData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/FrameData.md","filePath":"api/ir/interfaces/FrameData.md"}');
const _sfc_main = { name: "api/ir/interfaces/FrameData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / FrameData</p><h1 id="interface-framedata" tabindex="-1">Interface: FrameData <a class="header-anchor" href="#interface-framedata" aria-label="Permalink to &quot;Interface: FrameData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:92</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="context" tabindex="-1">context <a class="header-anchor" href="#context" aria-label="Permalink to &quot;context&quot;">​</a></h3><blockquote><p><strong>context</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:96</p><hr><h3 id="filename" tabindex="-1">filename <a class="header-anchor" href="#filename" aria-label="Permalink to &quot;filename&quot;">​</a></h3><blockquote><p><strong>filename</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:93</p><hr><h3 id="lineno" tabindex="-1">lineno <a class="header-anchor" href="#lineno" aria-label="Permalink to &quot;lineno&quot;">​</a></h3><blockquote><p><strong>lineno</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:94</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:95</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/FrameData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FrameData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FrameData as default
};
