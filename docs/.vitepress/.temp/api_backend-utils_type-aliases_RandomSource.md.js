import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RandomSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/type-aliases/RandomSource.md","filePath":"api/backend-utils/type-aliases/RandomSource.md"}');
const _sfc_main = { name: "api/backend-utils/type-aliases/RandomSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / RandomSource</p><h1 id="type-alias-randomsource" tabindex="-1">Type Alias: RandomSource <a class="header-anchor" href="#type-alias-randomsource" aria-label="Permalink to &quot;Type Alias: RandomSource&quot;">​</a></h1><blockquote><p><strong>RandomSource</strong> = () =&gt; <code>number</code></p></blockquote><p>Defined in: packages/backend-utils/src/seeded-random.ts:2</p><p>A source of uniformly distributed numbers in <code>[0, 1)</code>.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/type-aliases/RandomSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RandomSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RandomSource as default
};
