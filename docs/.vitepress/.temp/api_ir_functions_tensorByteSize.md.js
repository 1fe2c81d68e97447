import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: tensorByteSize()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/tensorByteSize.md","filePath":"api/ir/functions/tensorByteSize.md"}');
const _sfc_main = { name: "api/ir/functions/tensorByteSize.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / tensorByteSize</p><h1 id="function-tensorbytesize" tabindex="-1">Function: tensorByteSize() <a class="header-anchor" href="#function-tensorbytesize" aria-label="Permalink to &quot;Function: tensorByteSize()&quot;">​</a></h1><blockquote><p><strong>tensorByteSize</strong>(<code>t</code>, <code>path</code>): <code>number</code></p></blockquote><p>Defined in: packages/ir/src/validate-program.ts:18</p><p>Element count and byte size of a tensor, refusing negative sizes and overflow.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">t <a class="header-anchor" href="#t" aria-label="Permalink to &quot;t&quot;">​</a></h3><p><a href="./../interfaces/TensorData.html"><code>TensorData</code></a></p><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/tensorByteSize.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tensorByteSize = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tensorByteSize as default
};
