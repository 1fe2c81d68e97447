import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SegmentSummary","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/SegmentSummary.md","filePath":"api/ir/interfaces/SegmentSummary.md"}');
const _sfc_main = { name: "api/ir/interfaces/SegmentSummary.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / SegmentSummary</p><h1 id="interface-segmentsummary" tabindex="-1">Interface: SegmentSummary <a class="header-anchor" href="#interface-segmentsummary" aria-label="Permalink to &quot;Interface: SegmentSummary&quot;">​</a></h1><p>Defined in: packages/ir/src/describe.ts:65</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="index" tabindex="-1">index <a class="header-anchor" href="#index" aria-label="Permalink to &quot;index&quot;">​</a></h3><blockquote><p><strong>index</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/describe.ts:66</p><hr><h3 id="offset" tabindex="-1">offset <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset&quot;">​</a></h3><blockquote><p><strong>offset</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/describe.ts:67</p><hr><h3 id="size" tabindex="-1">size <a class="header-anchor" href="#size" aria-label="Permalink to &quot;size&quot;">​</a></h3><blockquote><p><strong>size</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/describe.ts:68</p><hr><h3 id="use" tabindex="-1">use <a class="header-anchor" href="#use" aria-label="Permalink to &quot;use&quot;">​</a></h3><blockquote><p><strong>use</strong>: (<code>&quot;delegate&quot;</code> | <code>&quot;constants&quot;</code> | <code>&quot;mutable data&quot;</code> | <code>&quot;named data&quot;</code>)[]</p></blockquote><p>Defined in: packages/ir/src/describe.ts:70</p><p>What the segment holds.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/SegmentSummary.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SegmentSummary = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SegmentSummary as default
};
