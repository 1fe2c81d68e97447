import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernelSelection","description":"","frontmatter":{},"headers":[],"relativePath":"api/cli/interfaces/KernelSelection.md","filePath":"api/cli/interfaces/KernelSelection.md"}');
const _sfc_main = { name: "api/cli/interfaces/KernelSelection.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/cli</a> / KernelSelection</p><h1 id="interface-kernelselection" tabindex="-1">Interface: KernelSelection <a class="header-anchor" href="#interface-kernelselection" aria-label="Permalink to &quot;Interface: KernelSelection&quot;">​</a></h1><p>Defined in: select.ts:6</p><p>What a set of programs needs from the portable kernels.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="delegates" tabindex="-1">delegates <a class="header-anchor" href="#delegates" aria-label="Permalink to &quot;delegates&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>delegates</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: select.ts:14</p><p>Delegates the programs call, by backend id (their backend packages run them, not these kernels).</p><hr><h3 id="kernels" tabindex="-1">kernels <a class="header-anchor" href="#kernels" aria-label="Permalink to &quot;kernels&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>kernels</strong>: readonly <code>object</code>[]</p></blockquote><p>Defined in: select.ts:10</p><p>The portable kernels that implement them, by their export name in <code>@kindling/runtime/kernels</code>, sorted.</p><hr><h3 id="missing" tabindex="-1">missing <a class="header-anchor" href="#missing" aria-label="Permalink to &quot;missing&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>missing</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: select.ts:12</p><p>Operators no portable kernel implements (custom ops: pass your own kernels for them).</p><hr><h3 id="operators" tabindex="-1">operators <a class="header-anchor" href="#operators" aria-label="Permalink to &quot;operators&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>operators</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: select.ts:8</p><p>Every operator the programs call, sorted.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/interfaces/KernelSelection.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelSelection = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelSelection as default
};
