import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: dtypeName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/dtypeName.md","filePath":"api/core/functions/dtypeName.md"}');
const _sfc_main = { name: "api/core/functions/dtypeName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / dtypeName</p><h1 id="function-dtypename" tabindex="-1">Function: dtypeName() <a class="header-anchor" href="#function-dtypename" aria-label="Permalink to &quot;Function: dtypeName()&quot;">​</a></h1><blockquote><p><strong>dtypeName</strong>(<code>type</code>): <code>string</code></p></blockquote><p>Defined in: packages/core/src/scalar-type.ts:69</p><p>PyTorch-style dtype name (<code>float32</code>, <code>int64</code>, <code>bool</code>, ...), or <code>unknown(&lt;n&gt;)</code> for an unknown value.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/dtypeName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const dtypeName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  dtypeName as default
};
