import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseSignature()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/parseSignature.md","filePath":"api/ir/functions/parseSignature.md"}');
const _sfc_main = { name: "api/ir/functions/parseSignature.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / parseSignature</p><h1 id="function-parsesignature" tabindex="-1">Function: parseSignature() <a class="header-anchor" href="#function-parsesignature" aria-label="Permalink to &quot;Function: parseSignature()&quot;">​</a></h1><blockquote><p><strong>parseSignature</strong>(<code>signature</code>): <code>object</code></p></blockquote><p>Defined in: packages/ir/src/graph/schema.ts:61</p><p>Parses an ATen-syntax signature (<code>ns::name.overload(args) -&gt; returns</code>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="signature" tabindex="-1">signature <a class="header-anchor" href="#signature" aria-label="Permalink to &quot;signature&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>object</code></p><h3 id="arguments" tabindex="-1">arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;arguments&quot;">​</a></h3><blockquote><p><strong>arguments</strong>: <a href="./../interfaces/SchemaArgument.html"><code>SchemaArgument</code></a>[]</p></blockquote><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><h3 id="overload" tabindex="-1">overload <a class="header-anchor" href="#overload" aria-label="Permalink to &quot;overload&quot;">​</a></h3><blockquote><p><strong>overload</strong>: <code>string</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/parseSignature.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseSignature = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseSignature as default
};
