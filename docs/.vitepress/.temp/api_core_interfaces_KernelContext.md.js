import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernelContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/KernelContext.md","filePath":"api/core/interfaces/KernelContext.md"}');
const _sfc_main = { name: "api/core/interfaces/KernelContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / KernelContext</p><h1 id="interface-kernelcontext" tabindex="-1">Interface: KernelContext <a class="header-anchor" href="#interface-kernelcontext" aria-label="Permalink to &quot;Interface: KernelContext&quot;">​</a></h1><p>Defined in: packages/core/src/kernel.ts:5</p><p>What a kernel receives besides its arguments.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="methodname" tabindex="-1">methodName <a class="header-anchor" href="#methodname" aria-label="Permalink to &quot;methodName&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>methodName</strong>: <code>string</code></p></blockquote><p>Defined in: packages/core/src/kernel.ts:7</p><p>The method being executed.</p><hr><h3 id="operator" tabindex="-1">operator <a class="header-anchor" href="#operator" aria-label="Permalink to &quot;operator&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>operator</strong>: <code>string</code></p></blockquote><p>Defined in: packages/core/src/kernel.ts:9</p><p>The operator name as stored in the program (<code>aten::add.out</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/KernelContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelContext as default
};
