import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Comparison","description":"","frontmatter":{},"headers":[],"relativePath":"api/conformance-zoo/values/interfaces/Comparison.md","filePath":"api/conformance-zoo/values/interfaces/Comparison.md"}');
const _sfc_main = { name: "api/conformance-zoo/values/interfaces/Comparison.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/conformance-zoo</a> / <a href="./../">values</a> / Comparison</p><h1 id="interface-comparison" tabindex="-1">Interface: Comparison <a class="header-anchor" href="#interface-comparison" aria-label="Permalink to &quot;Interface: Comparison&quot;">​</a></h1><p>Defined in: values.ts:63</p><p>Result of comparing one output with its recorded value.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxabs" tabindex="-1">maxAbs <a class="header-anchor" href="#maxabs" aria-label="Permalink to &quot;maxAbs&quot;">​</a></h3><blockquote><p><strong>maxAbs</strong>: <code>number</code></p></blockquote><p>Defined in: values.ts:66</p><p>Largest absolute difference over floating elements.</p><hr><h3 id="message" tabindex="-1">message? <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>message?</strong>: <code>string</code></p></blockquote><p>Defined in: values.ts:67</p><hr><h3 id="ok" tabindex="-1">ok <a class="header-anchor" href="#ok" aria-label="Permalink to &quot;ok&quot;">​</a></h3><blockquote><p><strong>ok</strong>: <code>boolean</code></p></blockquote><p>Defined in: values.ts:64</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/conformance-zoo/values/interfaces/Comparison.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Comparison = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Comparison as default
};
