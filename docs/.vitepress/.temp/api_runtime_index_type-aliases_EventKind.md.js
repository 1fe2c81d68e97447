import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: EventKind","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/type-aliases/EventKind.md","filePath":"api/runtime/index/type-aliases/EventKind.md"}');
const _sfc_main = { name: "api/runtime/index/type-aliases/EventKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / EventKind</p><h1 id="type-alias-eventkind" tabindex="-1">Type Alias: EventKind <a class="header-anchor" href="#type-alias-eventkind" aria-label="Permalink to &quot;Type Alias: EventKind&quot;">​</a></h1><blockquote><p><strong>EventKind</strong> = <code>&quot;instruction&quot;</code> | <code>&quot;delegate&quot;</code> | <code>&quot;method&quot;</code> | <code>&quot;init&quot;</code></p></blockquote><p>Defined in: runtime/src/event-tracer.ts:4</p><p>What kind of work an event timed.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/type-aliases/EventKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EventKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EventKind as default
};
