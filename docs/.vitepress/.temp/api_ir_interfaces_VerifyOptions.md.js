import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VerifyOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/VerifyOptions.md","filePath":"api/ir/interfaces/VerifyOptions.md"}');
const _sfc_main = { name: "api/ir/interfaces/VerifyOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / VerifyOptions</p><h1 id="interface-verifyoptions" tabindex="-1">Interface: VerifyOptions <a class="header-anchor" href="#interface-verifyoptions" aria-label="Permalink to &quot;Interface: VerifyOptions&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/verifier.ts:8</p><p>Options for <a href="./../functions/verifyGraph.html">verifyGraph</a>.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./PassManagerOptions.html"><code>PassManagerOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="checktypes" tabindex="-1">checkTypes? <a class="header-anchor" href="#checktypes" aria-label="Permalink to &quot;checkTypes?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>checkTypes?</strong>: <code>boolean</code></p></blockquote><p>Defined in: packages/ir/src/graph/verifier.ts:14</p><p>Check that static output types agree with shape and dtype inference (default <code>true</code>). Only what inference determines is compared.</p><hr><h3 id="schemas" tabindex="-1">schemas? <a class="header-anchor" href="#schemas" aria-label="Permalink to &quot;schemas?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>schemas?</strong>: <a href="./../classes/SchemaRegistry.html"><code>SchemaRegistry</code></a></p></blockquote><p>Defined in: packages/ir/src/graph/verifier.ts:9</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/VerifyOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VerifyOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VerifyOptions as default
};
