import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DYNAMIC_SHAPES","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/variables/DYNAMIC_SHAPES.md","filePath":"api/backend-test-suite/index/variables/DYNAMIC_SHAPES.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/variables/DYNAMIC_SHAPES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / DYNAMIC_SHAPES</p><h1 id="variable-dynamic-shapes" tabindex="-1">Variable: DYNAMIC_SHAPES <a class="header-anchor" href="#variable-dynamic-shapes" aria-label="Permalink to &quot;Variable: DYNAMIC\\_SHAPES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DYNAMIC_SHAPES</strong>: <a href="./../type-aliases/Requirement.html"><code>Requirement</code></a> = <code>&#39;dynamic-shapes&#39;</code></p></blockquote><p>Defined in: capabilities.ts:13</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/variables/DYNAMIC_SHAPES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DYNAMIC_SHAPES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DYNAMIC_SHAPES as default
};
