import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: tagName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/tagName.md","filePath":"api/core/functions/tagName.md"}');
const _sfc_main = { name: "api/core/functions/tagName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / tagName</p><h1 id="function-tagname" tabindex="-1">Function: tagName() <a class="header-anchor" href="#function-tagname" aria-label="Permalink to &quot;Function: tagName()&quot;">​</a></h1><blockquote><p><strong>tagName</strong>(<code>tag</code>): <code>string</code></p></blockquote><p>Defined in: packages/core/src/evalue.ts:41</p><p>The name of a tag (<code>Tensor</code>, <code>Int</code>, ...).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="tag" tabindex="-1">tag <a class="header-anchor" href="#tag" aria-label="Permalink to &quot;tag&quot;">​</a></h3><p><a href="./../enumerations/Tag.html"><code>Tag</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/tagName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tagName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tagName as default
};
