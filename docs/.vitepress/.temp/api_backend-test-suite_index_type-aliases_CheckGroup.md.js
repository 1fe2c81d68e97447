import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CheckGroup","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/type-aliases/CheckGroup.md","filePath":"api/backend-test-suite/index/type-aliases/CheckGroup.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/type-aliases/CheckGroup.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / CheckGroup</p><h1 id="type-alias-checkgroup" tabindex="-1">Type Alias: CheckGroup <a class="header-anchor" href="#type-alias-checkgroup" aria-label="Permalink to &quot;Type Alias: CheckGroup&quot;">​</a></h1><blockquote><p><strong>CheckGroup</strong> = <code>&quot;delegated&quot;</code> | <code>&quot;lowered&quot;</code> | <code>&quot;threads&quot;</code> | <code>&quot;robustness&quot;</code></p></blockquote><p>Defined in: suite.ts:55</p><p>The kinds of checks.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/type-aliases/CheckGroup.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckGroup = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckGroup as default
};
