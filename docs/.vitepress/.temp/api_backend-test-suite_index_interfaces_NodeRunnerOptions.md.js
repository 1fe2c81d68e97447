import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NodeRunnerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-test-suite/index/interfaces/NodeRunnerOptions.md","filePath":"api/backend-test-suite/index/interfaces/NodeRunnerOptions.md"}');
const _sfc_main = { name: "api/backend-test-suite/index/interfaces/NodeRunnerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-test-suite</a> / <a href="./../">index</a> / NodeRunnerOptions</p><h1 id="interface-noderunneroptions" tabindex="-1">Interface: NodeRunnerOptions <a class="header-anchor" href="#interface-noderunneroptions" aria-label="Permalink to &quot;Interface: NodeRunnerOptions&quot;">​</a></h1><p>Defined in: runner.ts:22</p><p>Options of the plain runner, besides the suite&#39;s.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="onoutcome" tabindex="-1">onOutcome? <a class="header-anchor" href="#onoutcome" aria-label="Permalink to &quot;onOutcome?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>onOutcome?</strong>: (<code>outcome</code>) =&gt; <code>void</code></p></blockquote><p>Defined in: runner.ts:24</p><p>Receives each outcome as it happens (default: a line on standard output).</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="outcome" tabindex="-1">outcome <a class="header-anchor" href="#outcome" aria-label="Permalink to &quot;outcome&quot;">​</a></h5><p><a href="./CheckOutcome.html"><code>CheckOutcome</code></a></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-test-suite/index/interfaces/NodeRunnerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NodeRunnerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NodeRunnerOptions as default
};
