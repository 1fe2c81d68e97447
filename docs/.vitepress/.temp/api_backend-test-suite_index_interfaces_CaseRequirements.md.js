import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CaseRequirements","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/interfaces/CaseRequirements.md","filePath":"api/backend-test-suite/index/interfaces/CaseRequirements.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/interfaces/CaseRequirements.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / CaseRequirements</p><h1 id="interface-caserequirements" tabindex="-1">Interface: CaseRequirements <a class="header-anchor" href="#interface-caserequirements" aria-label="Permalink to &quot;Interface: CaseRequirements&quot;">​</a></h1><p>Defined in: requirements.ts:14</p><p>What a case needs from the backend, and how the suite worked it out.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="nodes" tabindex="-1">nodes <a class="header-anchor" href="#nodes" aria-label="Permalink to &quot;nodes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>nodes</strong>: <code>number</code></p></blockquote><p>Defined in: requirements.ts:19</p><p>Nodes the backend executes (lowered cases: those its lowering takes).</p><hr><h3 id="operators" tabindex="-1">operators <a class="header-anchor" href="#operators" aria-label="Permalink to &quot;operators&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>operators</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: requirements.ts:17</p><p>Operators the backend executes in this case (graph IR names).</p><hr><h3 id="requires" tabindex="-1">requires <a class="header-anchor" href="#requires" aria-label="Permalink to &quot;requires&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>requires</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: requirements.ts:15</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/interfaces/CaseRequirements.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CaseRequirements = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CaseRequirements as default
};
