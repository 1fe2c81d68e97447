import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: inferOutputTypes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/inferOutputTypes.md","filePath":"api/ir/functions/inferOutputTypes.md"}');
const _sfc_main = { name: "api/ir/functions/inferOutputTypes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / inferOutputTypes</p><h1 id="function-inferoutputtypes" tabindex="-1">Function: inferOutputTypes() <a class="header-anchor" href="#function-inferoutputtypes" aria-label="Permalink to &quot;Function: inferOutputTypes()&quot;">​</a></h1><blockquote><p><strong>inferOutputTypes</strong>(<code>schema</code>, <code>args</code>, <code>outCount?</code>): <a href="./../type-aliases/InferredType.html"><code>InferredType</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/graph/shape-inference.ts:436</p><p>Infers the output types of a node of <code>schema</code> from its arguments. <code>outCount</code> is the number of outputs (needed for ops whose out argument is a tensor list).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="schema" tabindex="-1">schema <a class="header-anchor" href="#schema" aria-label="Permalink to &quot;schema&quot;">​</a></h3><p><a href="./../interfaces/OpSchema.html"><code>OpSchema</code></a></p><h3 id="args" tabindex="-1">args <a class="header-anchor" href="#args" aria-label="Permalink to &quot;args&quot;">​</a></h3><p>readonly <a href="./../type-aliases/Argument.html"><code>Argument</code></a>[]</p><h3 id="outcount" tabindex="-1">outCount? <a class="header-anchor" href="#outcount" aria-label="Permalink to &quot;outCount?&quot;">​</a></h3><p><code>number</code> = <code>1</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/InferredType.html"><code>InferredType</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/inferOutputTypes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const inferOutputTypes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  inferOutputTypes as default
};
