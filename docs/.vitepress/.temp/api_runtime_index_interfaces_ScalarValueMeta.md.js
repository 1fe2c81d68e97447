import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ScalarValueMeta","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/interfaces/ScalarValueMeta.md","filePath":"api/runtime/index/interfaces/ScalarValueMeta.md"}');
const _sfc_main = { name: "api/runtime/index/interfaces/ScalarValueMeta.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / ScalarValueMeta</p><h1 id="interface-scalarvaluemeta" tabindex="-1">Interface: ScalarValueMeta <a class="header-anchor" href="#interface-scalarvaluemeta" aria-label="Permalink to &quot;Interface: ScalarValueMeta&quot;">​</a></h1><p>Defined in: runtime/src/method-meta.ts:22</p><p>Describes one input or output of a method that is not a tensor (Int, Double, Bool, String, None, lists).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="tag" tabindex="-1">tag <a class="header-anchor" href="#tag" aria-label="Permalink to &quot;tag&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>tag</strong>: <a href="./../../../core/enumerations/Tag.html#none"><code>None</code></a> | <a href="./../../../core/enumerations/Tag.html#string"><code>String</code></a> | <a href="./../../../core/enumerations/Tag.html#double"><code>Double</code></a> | <a href="./../../../core/enumerations/Tag.html#int"><code>Int</code></a> | <a href="./../../../core/enumerations/Tag.html#bool"><code>Bool</code></a> | <a href="./../../../core/enumerations/Tag.html#listbool"><code>ListBool</code></a> | <a href="./../../../core/enumerations/Tag.html#listdouble"><code>ListDouble</code></a> | <a href="./../../../core/enumerations/Tag.html#listint"><code>ListInt</code></a> | <a href="./../../../core/enumerations/Tag.html#listtensor"><code>ListTensor</code></a> | <a href="./../../../core/enumerations/Tag.html#listscalar"><code>ListScalar</code></a> | <a href="./../../../core/enumerations/Tag.html#listoptionaltensor"><code>ListOptionalTensor</code></a></p></blockquote><p>Defined in: runtime/src/method-meta.ts:23</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/interfaces/ScalarValueMeta.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScalarValueMeta = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScalarValueMeta as default
};
