import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: kernelAccepts()","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/functions/kernelAccepts.md","filePath":"api/runtime/index/functions/kernelAccepts.md"}');
const _sfc_main = { name: "api/runtime/index/functions/kernelAccepts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / kernelAccepts</p><h1 id="function-kernelaccepts" tabindex="-1">Function: kernelAccepts() <a class="header-anchor" href="#function-kernelaccepts" aria-label="Permalink to &quot;Function: kernelAccepts()&quot;">​</a></h1><blockquote><p><strong>kernelAccepts</strong>(<code>kernel</code>, <code>dtypes</code>): <code>boolean</code></p></blockquote><p>Defined in: runtime/src/kernel-registry.ts:36</p><p>True when <code>kernel</code> declares support for every dtype in <code>dtypes</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="kernel" tabindex="-1">kernel <a class="header-anchor" href="#kernel" aria-label="Permalink to &quot;kernel&quot;">​</a></h3><p><a href="./../../../core/interfaces/KernelDescriptor.html"><code>KernelDescriptor</code></a></p><h3 id="dtypes" tabindex="-1">dtypes <a class="header-anchor" href="#dtypes" aria-label="Permalink to &quot;dtypes&quot;">​</a></h3><p>readonly <a href="./../../../core/enumerations/ScalarType.html"><code>ScalarType</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/functions/kernelAccepts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const kernelAccepts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  kernelAccepts as default
};
