import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: loweredRequirements()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/functions/loweredRequirements.md","filePath":"api/backend-test-suite/index/functions/loweredRequirements.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/functions/loweredRequirements.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / loweredRequirements</p><h1 id="function-loweredrequirements" tabindex="-1">Function: loweredRequirements() <a class="header-anchor" href="#function-loweredrequirements" aria-label="Permalink to &quot;Function: loweredRequirements()&quot;">​</a></h1><blockquote><p><strong>loweredRequirements</strong>(<code>c</code>, <code>graphs</code>, <code>lowering</code>): <a href="./../interfaces/CaseRequirements.html"><code>CaseRequirements</code></a></p></blockquote><p>Defined in: requirements.ts:89</p><p>Requirements of a portable program lowered with <code>lowering</code>: the operators of the nodes the lowering takes (partitioned exactly as <code>lower()</code> would), the dtypes of the tensors that would cross the delegate calls, the case&#39;s quantization scheme, and dynamic shapes when one of those tensors is dynamic.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="c" tabindex="-1">c <a class="header-anchor" href="#c" aria-label="Permalink to &quot;c&quot;">​</a></h3><p><a href="./../../../conformance-zoo/index/interfaces/ManifestCase.html"><code>ManifestCase</code></a></p><h3 id="graphs" tabindex="-1">graphs <a class="header-anchor" href="#graphs" aria-label="Permalink to &quot;graphs&quot;">​</a></h3><p>readonly <a href="./../../../ir/classes/Graph.html"><code>Graph</code></a>[]</p><h3 id="lowering" tabindex="-1">lowering <a class="header-anchor" href="#lowering" aria-label="Permalink to &quot;lowering&quot;">​</a></h3><p><a href="./../../../partitioner/interfaces/BackendLoweringV1.html"><code>BackendLoweringV1</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/CaseRequirements.html"><code>CaseRequirements</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/functions/loweredRequirements.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const loweredRequirements = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  loweredRequirements as default
};
