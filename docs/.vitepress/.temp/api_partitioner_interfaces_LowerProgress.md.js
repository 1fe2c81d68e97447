import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LowerProgress","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/LowerProgress.md","filePath":"api/partitioner/interfaces/LowerProgress.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/LowerProgress.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / LowerProgress</p><h1 id="interface-lowerprogress" tabindex="-1">Interface: LowerProgress <a class="header-anchor" href="#interface-lowerprogress" aria-label="Permalink to &quot;Interface: LowerProgress&quot;">​</a></h1><p>Defined in: partitioner/src/lower.ts:18</p><p>Progress of <a href="./../functions/lower.html">lower</a>, for a progress indicator.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="done" tabindex="-1">done <a class="header-anchor" href="#done" aria-label="Permalink to &quot;done&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>done</strong>: <code>number</code></p></blockquote><p>Defined in: partitioner/src/lower.ts:22</p><p>Work done and total within the stage (e.g. partitions preprocessed).</p><hr><h3 id="method" tabindex="-1">method? <a class="header-anchor" href="#method" aria-label="Permalink to &quot;method?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>method?</strong>: <code>string</code></p></blockquote><p>Defined in: partitioner/src/lower.ts:20</p><hr><h3 id="stage" tabindex="-1">stage <a class="header-anchor" href="#stage" aria-label="Permalink to &quot;stage&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>stage</strong>: <code>&quot;preprocess&quot;</code> | <code>&quot;import&quot;</code> | <code>&quot;partition&quot;</code> | <code>&quot;plan&quot;</code> | <code>&quot;emit&quot;</code></p></blockquote><p>Defined in: partitioner/src/lower.ts:19</p><hr><h3 id="total" tabindex="-1">total <a class="header-anchor" href="#total" aria-label="Permalink to &quot;total&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>total</strong>: <code>number</code></p></blockquote><p>Defined in: partitioner/src/lower.ts:23</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/LowerProgress.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LowerProgress = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LowerProgress as default
};
