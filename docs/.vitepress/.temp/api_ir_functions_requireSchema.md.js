import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: requireSchema()","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/functions/requireSchema.md","filePath":"api/ir/functions/requireSchema.md"}');
const _sfc_main = { name: "api/ir/functions/requireSchema.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / requireSchema</p><h1 id="function-requireschema" tabindex="-1">Function: requireSchema() <a class="header-anchor" href="#function-requireschema" aria-label="Permalink to &quot;Function: requireSchema()&quot;">​</a></h1><blockquote><p><strong>requireSchema</strong>(<code>op</code>, <code>registry?</code>): <a href="./../interfaces/OpSchema.html"><code>OpSchema</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/schema.ts:131</p><p>Throws unless <code>op</code> has a schema.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="op" tabindex="-1">op <a class="header-anchor" href="#op" aria-label="Permalink to &quot;op&quot;">​</a></h3><p><code>string</code></p><h3 id="registry" tabindex="-1">registry? <a class="header-anchor" href="#registry" aria-label="Permalink to &quot;registry?&quot;">​</a></h3><p><a href="./../classes/SchemaRegistry.html"><code>SchemaRegistry</code></a> = <code>defaultSchemas</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/OpSchema.html"><code>OpSchema</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/functions/requireSchema.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const requireSchema = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  requireSchema as default
};
