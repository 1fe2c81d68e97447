import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: defaultSchemas","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/variables/defaultSchemas.md","filePath":"api/ir/variables/defaultSchemas.md"}');
const _sfc_main = { name: "api/ir/variables/defaultSchemas.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / defaultSchemas</p><h1 id="variable-defaultschemas" tabindex="-1">Variable: defaultSchemas <a class="header-anchor" href="#variable-defaultschemas" aria-label="Permalink to &quot;Variable: defaultSchemas&quot;">​</a></h1><blockquote><p><code>const</code> <strong>defaultSchemas</strong>: <a href="./../classes/SchemaRegistry.html"><code>SchemaRegistry</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/schema.ts:120</p><p>The default registry over <a href="./OP_SCHEMAS.html">OP_SCHEMAS</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/variables/defaultSchemas.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultSchemas = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultSchemas as default
};
