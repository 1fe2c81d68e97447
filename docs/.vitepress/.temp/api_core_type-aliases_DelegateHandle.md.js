import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DelegateHandle","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/DelegateHandle.md","filePath":"api/core/type-aliases/DelegateHandle.md"}');
const _sfc_main = { name: "api/core/type-aliases/DelegateHandle.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / DelegateHandle</p><h1 id="type-alias-delegatehandle" tabindex="-1">Type Alias: DelegateHandle <a class="header-anchor" href="#type-alias-delegatehandle" aria-label="Permalink to &quot;Type Alias: DelegateHandle&quot;">​</a></h1><blockquote><p><strong>DelegateHandle</strong> = <code>unknown</code></p></blockquote><p>Defined in: packages/core/src/backend.ts:60</p><p>A backend&#39;s own state for one delegate; opaque to the runtime.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/DelegateHandle.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DelegateHandle = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DelegateHandle as default
};
