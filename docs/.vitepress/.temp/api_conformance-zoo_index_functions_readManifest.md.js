import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: readManifest()","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/index/functions/readManifest.md","filePath":"api/conformance-zoo/index/functions/readManifest.md"}');
const _sfc_main = { name: "api/conformance-zoo/index/functions/readManifest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">index</a> / readManifest</p><h1 id="function-readmanifest" tabindex="-1">Function: readManifest() <a class="header-anchor" href="#function-readmanifest" aria-label="Permalink to &quot;Function: readManifest()&quot;">​</a></h1><blockquote><p><strong>readManifest</strong>(<code>path</code>): <a href="./../interfaces/Manifest.html"><code>Manifest</code></a></p></blockquote><p>Defined in: manifest.ts:50</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Manifest.html"><code>Manifest</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/index/functions/readManifest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const readManifest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  readManifest as default
};
