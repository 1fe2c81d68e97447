import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DataSegmentData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/DataSegmentData.md","filePath":"api/ir/interfaces/DataSegmentData.md"}');
const _sfc_main = { name: "api/ir/interfaces/DataSegmentData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / DataSegmentData</p><h1 id="interface-datasegmentdata" tabindex="-1">Interface: DataSegmentData <a class="header-anchor" href="#interface-datasegmentdata" aria-label="Permalink to &quot;Interface: DataSegmentData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:143</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="offset" tabindex="-1">offset <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset&quot;">​</a></h3><blockquote><p><strong>offset</strong>: <code>bigint</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:145</p><p>Offset relative to the segment base offset of the extended header.</p><hr><h3 id="size" tabindex="-1">size <a class="header-anchor" href="#size" aria-label="Permalink to &quot;size&quot;">​</a></h3><blockquote><p><strong>size</strong>: <code>bigint</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:146</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/DataSegmentData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DataSegmentData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DataSegmentData as default
};
