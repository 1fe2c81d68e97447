import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: seededRandom()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/seededRandom.md","filePath":"api/backend-utils/functions/seededRandom.md"}');
const _sfc_main = { name: "api/backend-utils/functions/seededRandom.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / seededRandom</p><h1 id="function-seededrandom" tabindex="-1">Function: seededRandom() <a class="header-anchor" href="#function-seededrandom" aria-label="Permalink to &quot;Function: seededRandom()&quot;">​</a></h1><blockquote><p><strong>seededRandom</strong>(<code>seed</code>): <a href="./../type-aliases/RandomSource.html"><code>RandomSource</code></a></p></blockquote><p>Defined in: packages/backend-utils/src/seeded-random.ts:8</p><p>A seeded generator of numbers in <code>[0, 1)</code> (mulberry32: a 32-bit state, each number a multiple of 2^-32), so generated test data and <code>random:SEED</code> inputs are the same on every run and engine.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="seed" tabindex="-1">seed <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/RandomSource.html"><code>RandomSource</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/seededRandom.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const seededRandom = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  seededRandom as default
};
