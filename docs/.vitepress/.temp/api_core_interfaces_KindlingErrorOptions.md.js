import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KindlingErrorOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/KindlingErrorOptions.md","filePath":"api/core/interfaces/KindlingErrorOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/KindlingErrorOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/core</a> / KindlingErrorOptions</p><h1 id="interface-kindlingerroroptions" tabindex="-1">Interface: KindlingErrorOptions <a class="header-anchor" href="#interface-kindlingerroroptions" aria-label="Permalink to &quot;Interface: KindlingErrorOptions&quot;">​</a></h1><p>Defined in: packages/core/src/error.ts:57</p><p>Options accepted by the <a href="./../classes/KindlingError.html">KindlingError</a> constructor.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cause" tabindex="-1">cause? <a class="header-anchor" href="#cause" aria-label="Permalink to &quot;cause?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cause?</strong>: <code>unknown</code></p></blockquote><p>Defined in: packages/core/src/error.ts:59</p><hr><h3 id="context" tabindex="-1">context? <a class="header-anchor" href="#context" aria-label="Permalink to &quot;context?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>context?</strong>: <a href="./ErrorContext.html"><code>ErrorContext</code></a></p></blockquote><p>Defined in: packages/core/src/error.ts:58</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/KindlingErrorOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KindlingErrorOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KindlingErrorOptions as default
};
