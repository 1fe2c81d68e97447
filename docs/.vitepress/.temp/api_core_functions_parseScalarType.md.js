import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseScalarType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/parseScalarType.md","filePath":"api/core/functions/parseScalarType.md"}');
const _sfc_main = { name: "api/core/functions/parseScalarType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / parseScalarType</p><h1 id="function-parsescalartype" tabindex="-1">Function: parseScalarType() <a class="header-anchor" href="#function-parsescalartype" aria-label="Permalink to &quot;Function: parseScalarType()&quot;">​</a></h1><blockquote><p><strong>parseScalarType</strong>(<code>name</code>): <a href="./../enumerations/ScalarType.html"><code>ScalarType</code></a> | <code>undefined</code></p></blockquote><p>Defined in: packages/core/src/scalar-type.ts:137</p><p>Parse a PyTorch-style dtype name (<code>float32</code>) or an ExecuTorch enum name (<code>Float</code>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../enumerations/ScalarType.html"><code>ScalarType</code></a> | <code>undefined</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/parseScalarType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseScalarType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseScalarType as default
};
