import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BundledCaseResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/runtime/index/interfaces/BundledCaseResult.md","filePath":"api/runtime/index/interfaces/BundledCaseResult.md"}');
const _sfc_main = { name: "api/runtime/index/interfaces/BundledCaseResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/runtime</a> / <a href="./../">index</a> / BundledCaseResult</p><h1 id="interface-bundledcaseresult" tabindex="-1">Interface: BundledCaseResult <a class="header-anchor" href="#interface-bundledcaseresult" aria-label="Permalink to &quot;Interface: BundledCaseResult&quot;">​</a></h1><p>Defined in: runtime/src/bundled.ts:38</p><p>The result of one bundled test case.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="error" tabindex="-1">error? <a class="header-anchor" href="#error" aria-label="Permalink to &quot;error?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>error?</strong>: <a href="./../../../core/classes/KindlingError.html"><code>KindlingError</code></a></p></blockquote><p>Defined in: runtime/src/bundled.ts:48</p><p>The error the method threw, when it did.</p><hr><h3 id="index" tabindex="-1">index <a class="header-anchor" href="#index" aria-label="Permalink to &quot;index&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>index</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/bundled.ts:41</p><p>Index of the case within its method&#39;s suite.</p><hr><h3 id="maxabserror" tabindex="-1">maxAbsError <a class="header-anchor" href="#maxabserror" aria-label="Permalink to &quot;maxAbsError&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>maxAbsError</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/src/bundled.ts:44</p><p>Largest absolute difference over every compared element (0 when nothing numeric was compared; <code>Infinity</code> on error or mismatched shape).</p><hr><h3 id="message" tabindex="-1">message? <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>message?</strong>: <code>string</code></p></blockquote><p>Defined in: runtime/src/bundled.ts:46</p><p>Why the case failed, when it did.</p><hr><h3 id="method" tabindex="-1">method <a class="header-anchor" href="#method" aria-label="Permalink to &quot;method&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>method</strong>: <code>string</code></p></blockquote><p>Defined in: runtime/src/bundled.ts:39</p><hr><h3 id="passed" tabindex="-1">passed <a class="header-anchor" href="#passed" aria-label="Permalink to &quot;passed&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>passed</strong>: <code>boolean</code></p></blockquote><p>Defined in: runtime/src/bundled.ts:42</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/runtime/index/interfaces/BundledCaseResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BundledCaseResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BundledCaseResult as default
};
