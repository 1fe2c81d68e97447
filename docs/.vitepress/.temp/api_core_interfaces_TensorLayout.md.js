import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TensorLayout","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/TensorLayout.md","filePath":"api/core/interfaces/TensorLayout.md"}');
const _sfc_main = { name: "api/core/interfaces/TensorLayout.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / TensorLayout</p><h1 id="interface-tensorlayout" tabindex="-1">Interface: TensorLayout <a class="header-anchor" href="#interface-tensorlayout" aria-label="Permalink to &quot;Interface: TensorLayout&quot;">​</a></h1><p>Defined in: packages/core/src/backend.ts:11</p><p>Layout of a tensor stored in a named data map (<code>.ptd</code> files carry one per key).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dimorder" tabindex="-1">dimOrder <a class="header-anchor" href="#dimorder" aria-label="Permalink to &quot;dimOrder&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>dimOrder</strong>: readonly <code>number</code>[]</p></blockquote><p>Defined in: packages/core/src/backend.ts:14</p><hr><h3 id="scalartype" tabindex="-1">scalarType <a class="header-anchor" href="#scalartype" aria-label="Permalink to &quot;scalarType&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>scalarType</strong>: <a href="./../enumerations/ScalarType.html"><code>ScalarType</code></a></p></blockquote><p>Defined in: packages/core/src/backend.ts:12</p><hr><h3 id="sizes" tabindex="-1">sizes <a class="header-anchor" href="#sizes" aria-label="Permalink to &quot;sizes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>sizes</strong>: readonly <code>number</code>[]</p></blockquote><p>Defined in: packages/core/src/backend.ts:13</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/TensorLayout.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TensorLayout = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TensorLayout as default
};
