import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FlatTensorInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/FlatTensorInput.md","filePath":"api/ir/interfaces/FlatTensorInput.md"}');
const _sfc_main = { name: "api/ir/interfaces/FlatTensorInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / FlatTensorInput</p><h1 id="interface-flattensorinput" tabindex="-1">Interface: FlatTensorInput <a class="header-anchor" href="#interface-flattensorinput" aria-label="Permalink to &quot;Interface: FlatTensorInput&quot;">​</a></h1><p>Defined in: packages/ir/src/flat-tensor-writer.ts:12</p><p>One tensor to store in a <code>.ptd</code> file.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><blockquote><p><strong>bytes</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: packages/ir/src/flat-tensor-writer.ts:15</p><hr><h3 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h3><blockquote><p><strong>key</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/flat-tensor-writer.ts:13</p><hr><h3 id="layout" tabindex="-1">layout <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout&quot;">​</a></h3><blockquote><p><strong>layout</strong>: <a href="./../../core/interfaces/TensorLayout.html"><code>TensorLayout</code></a></p></blockquote><p>Defined in: packages/ir/src/flat-tensor-writer.ts:14</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/FlatTensorInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FlatTensorInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FlatTensorInput as default
};
