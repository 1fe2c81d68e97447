import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: guardDecode()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-utils/functions/guardDecode.md","filePath":"api/backend-utils/functions/guardDecode.md"}');
const _sfc_main = { name: "api/backend-utils/functions/guardDecode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-utils</a> / guardDecode</p><h1 id="function-guarddecode" tabindex="-1">Function: guardDecode() <a class="header-anchor" href="#function-guarddecode" aria-label="Permalink to &quot;Function: guardDecode()&quot;">​</a></h1><blockquote><p><strong>guardDecode</strong>&lt;<code>T</code>&gt;(<code>what</code>, <code>decode</code>): <code>T</code></p></blockquote><p>Defined in: packages/backend-utils/src/flatbuffer-reading.ts:40</p><p>Converts any exception thrown while decoding into a <code>KindlingError</code> (<code>InvalidProgram</code>).</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="what" tabindex="-1">what <a class="header-anchor" href="#what" aria-label="Permalink to &quot;what&quot;">​</a></h3><p><code>string</code></p><h3 id="decode" tabindex="-1">decode <a class="header-anchor" href="#decode" aria-label="Permalink to &quot;decode&quot;">​</a></h3><p>() =&gt; <code>T</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>T</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-utils/functions/guardDecode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const guardDecode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  guardDecode as default
};
