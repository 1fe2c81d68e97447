import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: delegatedRequirements()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/functions/delegatedRequirements.md","filePath":"api/backend-test-suite/index/functions/delegatedRequirements.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/functions/delegatedRequirements.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / delegatedRequirements</p><h1 id="function-delegatedrequirements" tabindex="-1">Function: delegatedRequirements() <a class="header-anchor" href="#function-delegatedrequirements" aria-label="Permalink to &quot;Function: delegatedRequirements()&quot;">​</a></h1><blockquote><p><strong>delegatedRequirements</strong>(<code>c</code>, <code>graphs</code>, <code>portable</code>, <code>backendId</code>): <a href="./../interfaces/CaseRequirements.html"><code>CaseRequirements</code></a></p></blockquote><p>Defined in: requirements.ts:67</p><p>Requirements of a program already delegated to <code>backendId</code> (exported so by ExecuTorch): the operators its delegates took, which are those of the same model&#39;s portable program minus those left outside the delegates (counted per operator); the dtypes of the tensors the delegate calls pass; the case&#39;s quantization scheme; dynamic shapes when a delegate call passes a dynamic tensor. Portable nodes that only read constants are not counted: export may fold them away (a quantized export folds an <code>expand_copy</code> of a weight, for instance) rather than delegate them. Without a portable program of the model the operators cannot be told and are not required.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="c" tabindex="-1">c <a class="header-anchor" href="#c" aria-label="Permalink to &quot;c&quot;">​</a></h3><p><a href="./../../../conformance-zoo/index/interfaces/ManifestCase.html"><code>ManifestCase</code></a></p><h3 id="graphs" tabindex="-1">graphs <a class="header-anchor" href="#graphs" aria-label="Permalink to &quot;graphs&quot;">​</a></h3><p>readonly <a href="./../../../ir/classes/Graph.html"><code>Graph</code></a>[]</p><h3 id="portable" tabindex="-1">portable <a class="header-anchor" href="#portable" aria-label="Permalink to &quot;portable&quot;">​</a></h3><p>readonly <a href="./../../../ir/classes/Graph.html"><code>Graph</code></a>[] | <code>undefined</code></p><h3 id="backendid" tabindex="-1">backendId <a class="header-anchor" href="#backendid" aria-label="Permalink to &quot;backendId&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/CaseRequirements.html"><code>CaseRequirements</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/functions/delegatedRequirements.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const delegatedRequirements = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  delegatedRequirements as default
};
