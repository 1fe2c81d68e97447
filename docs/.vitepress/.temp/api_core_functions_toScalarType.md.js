import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toScalarType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/toScalarType.md","filePath":"api/core/functions/toScalarType.md"}');
const _sfc_main = { name: "api/core/functions/toScalarType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / toScalarType</p><h1 id="function-toscalartype" tabindex="-1">Function: toScalarType() <a class="header-anchor" href="#function-toscalartype" aria-label="Permalink to &quot;Function: toScalarType()&quot;">​</a></h1><blockquote><p><strong>toScalarType</strong>&lt;<code>D</code>&gt;(<code>dtype</code>): <a href="./../type-aliases/ScalarTypeOf.html"><code>ScalarTypeOf</code></a>&lt;<code>D</code>&gt;</p></blockquote><p>Defined in: packages/core/src/scalar-type.ts:123</p><p>The <a href="./../enumerations/ScalarType.html">ScalarType</a> of a dtype given as a scalar type or a name (<code>&#39;float32&#39;</code>). Throws an <code>InvalidArgument</code> <a href="./../classes/KindlingError.html">KindlingError</a> for anything else.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="d" tabindex="-1">D <a class="header-anchor" href="#d" aria-label="Permalink to &quot;D&quot;">​</a></h3><p><code>D</code> <em>extends</em> <a href="./../type-aliases/DTypeLike.html"><code>DTypeLike</code></a></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="dtype" tabindex="-1">dtype <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype&quot;">​</a></h3><p><code>D</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/ScalarTypeOf.html"><code>ScalarTypeOf</code></a>&lt;<code>D</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/toScalarType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toScalarType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toScalarType as default
};
