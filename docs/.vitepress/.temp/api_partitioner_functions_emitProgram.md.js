import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: emitProgram()","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/functions/emitProgram.md","filePath":"api/partitioner/functions/emitProgram.md"}');
const _sfc_main = { name: "api/partitioner/functions/emitProgram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / emitProgram</p><h1 id="function-emitprogram" tabindex="-1">Function: emitProgram() <a class="header-anchor" href="#function-emitprogram" aria-label="Permalink to &quot;Function: emitProgram()&quot;">​</a></h1><blockquote><p><strong>emitProgram</strong>(<code>methods</code>, <code>options?</code>): <a href="./../interfaces/EmitResult.html"><code>EmitResult</code></a></p></blockquote><p>Defined in: partitioner/src/emit.ts:23</p><p>Writes methods as a <code>.pte</code>: memory planning per method (<a href="./planMemory.html">planMemory</a>), constants deduplicated into the constant segment (16-byte aligned, placeholder entry 0), delegate payloads in segments (deduplicated) unless marked inline, named data in segments.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="methods" tabindex="-1">methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;methods&quot;">​</a></h3><p>readonly <a href="./../../ir/classes/Graph.html"><code>Graph</code></a>[]</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/EmitOptions.html"><code>EmitOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/EmitResult.html"><code>EmitResult</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/functions/emitProgram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const emitProgram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  emitProgram as default
};
