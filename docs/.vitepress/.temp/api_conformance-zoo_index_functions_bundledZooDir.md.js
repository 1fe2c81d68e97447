import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: bundledZooDir()","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/index/functions/bundledZooDir.md","filePath":"api/conformance-zoo/index/functions/bundledZooDir.md"}');
const _sfc_main = { name: "api/conformance-zoo/index/functions/bundledZooDir.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">index</a> / bundledZooDir</p><h1 id="function-bundledzoodir" tabindex="-1">Function: bundledZooDir() <a class="header-anchor" href="#function-bundledzoodir" aria-label="Permalink to &quot;Function: bundledZooDir()&quot;">​</a></h1><blockquote><p><strong>bundledZooDir</strong>(): <code>string</code></p></blockquote><p>Defined in: zoo.ts:27</p><p>The folder of the zoo shipped in this package.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/index/functions/bundledZooDir.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bundledZooDir = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bundledZooDir as default
};
