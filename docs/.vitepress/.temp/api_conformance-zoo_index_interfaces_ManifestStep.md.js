import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ManifestStep","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/index/interfaces/ManifestStep.md","filePath":"api/conformance-zoo/index/interfaces/ManifestStep.md"}');
const _sfc_main = { name: "api/conformance-zoo/index/interfaces/ManifestStep.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">index</a> / ManifestStep</p><h1 id="interface-manifeststep" tabindex="-1">Interface: ManifestStep <a class="header-anchor" href="#interface-manifeststep" aria-label="Permalink to &quot;Interface: ManifestStep&quot;">​</a></h1><p>Defined in: manifest.ts:13</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="eager-outputs" tabindex="-1">eager_outputs? <a class="header-anchor" href="#eager-outputs" aria-label="Permalink to &quot;eager\\_outputs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>eager_outputs?</strong>: <a href="./../type-aliases/ManifestValue.html"><code>ManifestValue</code></a>[]</p></blockquote><p>Defined in: manifest.ts:17</p><hr><h3 id="inputs" tabindex="-1">inputs <a class="header-anchor" href="#inputs" aria-label="Permalink to &quot;inputs&quot;">​</a></h3><blockquote><p><strong>inputs</strong>: <a href="./../type-aliases/ManifestValue.html"><code>ManifestValue</code></a>[]</p></blockquote><p>Defined in: manifest.ts:15</p><hr><h3 id="method" tabindex="-1">method <a class="header-anchor" href="#method" aria-label="Permalink to &quot;method&quot;">​</a></h3><blockquote><p><strong>method</strong>: <code>string</code></p></blockquote><p>Defined in: manifest.ts:14</p><hr><h3 id="outputs" tabindex="-1">outputs <a class="header-anchor" href="#outputs" aria-label="Permalink to &quot;outputs&quot;">​</a></h3><blockquote><p><strong>outputs</strong>: <a href="./../type-aliases/ManifestValue.html"><code>ManifestValue</code></a>[]</p></blockquote><p>Defined in: manifest.ts:16</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/index/interfaces/ManifestStep.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ManifestStep = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ManifestStep as default
};
