import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: OP_SCHEMAS","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/variables/OP_SCHEMAS.md","filePath":"api/ir/variables/OP_SCHEMAS.md"}');
const _sfc_main = { name: "api/ir/variables/OP_SCHEMAS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / OP_SCHEMAS</p><h1 id="variable-op-schemas" tabindex="-1">Variable: OP_SCHEMAS <a class="header-anchor" href="#variable-op-schemas" aria-label="Permalink to &quot;Variable: OP\\_SCHEMAS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>OP_SCHEMAS</strong>: readonly <a href="./../interfaces/OpSchemaEntry.html"><code>OpSchemaEntry</code></a>[]</p></blockquote><p>Defined in: packages/ir/src/graph/op-schemas.ts:54</p><p>The table. Order has no meaning.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/variables/OP_SCHEMAS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OP_SCHEMAS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OP_SCHEMAS as default
};
