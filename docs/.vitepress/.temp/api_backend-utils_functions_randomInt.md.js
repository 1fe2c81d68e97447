import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: randomInt()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/randomInt.md","filePath":"api/backend-utils/functions/randomInt.md"}');
const _sfc_main = { name: "api/backend-utils/functions/randomInt.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / randomInt</p><h1 id="function-randomint" tabindex="-1">Function: randomInt() <a class="header-anchor" href="#function-randomint" aria-label="Permalink to &quot;Function: randomInt()&quot;">​</a></h1><blockquote><p><strong>randomInt</strong>(<code>random</code>, <code>lo</code>, <code>hi</code>): <code>number</code></p></blockquote><p>Defined in: packages/backend-utils/src/seeded-random.ts:23</p><p>An integer in <code>[lo, hi]</code> (both included), from one draw of <code>random</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="random" tabindex="-1">random <a class="header-anchor" href="#random" aria-label="Permalink to &quot;random&quot;">​</a></h3><p><a href="./../type-aliases/RandomSource.html"><code>RandomSource</code></a></p><h3 id="lo" tabindex="-1">lo <a class="header-anchor" href="#lo" aria-label="Permalink to &quot;lo&quot;">​</a></h3><p><code>number</code></p><h3 id="hi" tabindex="-1">hi <a class="header-anchor" href="#hi" aria-label="Permalink to &quot;hi&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/randomInt.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const randomInt = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  randomInt as default
};
