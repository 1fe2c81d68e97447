import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ZooOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/index/interfaces/ZooOptions.md","filePath":"api/conformance-zoo/index/interfaces/ZooOptions.md"}');
const _sfc_main = { name: "api/conformance-zoo/index/interfaces/ZooOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">index</a> / ZooOptions</p><h1 id="interface-zoooptions" tabindex="-1">Interface: ZooOptions <a class="header-anchor" href="#interface-zoooptions" aria-label="Permalink to &quot;Interface: ZooOptions&quot;">​</a></h1><p>Defined in: zoo.ts:10</p><p>Where the zoo&#39;s files are.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cachedir" tabindex="-1">cacheDir? <a class="header-anchor" href="#cachedir" aria-label="Permalink to &quot;cacheDir?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>cacheDir?</strong>: <code>string</code></p></blockquote><p>Defined in: zoo.ts:20</p><p>Where the large programs generated on demand live (default: <code>$KINDLING_CONFORMANCE_CACHE</code>, else <code>.cache/conformance</code> under the current directory); see <code>tools/conformance</code> in the repository.</p><hr><h3 id="dir" tabindex="-1">dir? <a class="header-anchor" href="#dir" aria-label="Permalink to &quot;dir?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>dir?</strong>: <code>string</code></p></blockquote><p>Defined in: zoo.ts:15</p><p>The folder holding <code>manifest.json</code> and the committed programs and tensors (default: the copy shipped in this package).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/index/interfaces/ZooOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ZooOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ZooOptions as default
};
