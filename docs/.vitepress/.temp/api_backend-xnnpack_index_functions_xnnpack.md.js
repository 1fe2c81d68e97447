import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: xnnpack()","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-xnnpack/index/functions/xnnpack.md","filePath":"api/backend-xnnpack/index/functions/xnnpack.md"}');
const _sfc_main = { name: "api/backend-xnnpack/index/functions/xnnpack.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Kindling API reference</a> / <a href="./../../">@kindling/backend-xnnpack</a> / <a href="./../">index</a> / xnnpack</p><h1 id="function-xnnpack" tabindex="-1">Function: xnnpack() <a class="header-anchor" href="#function-xnnpack" aria-label="Permalink to &quot;Function: xnnpack()&quot;">​</a></h1><blockquote><p><strong>xnnpack</strong>(<code>options?</code>): <a href="./../../../core/interfaces/BackendV1.html"><code>BackendV1</code></a></p></blockquote><p>Defined in: backend-xnnpack/src/runtime/xnn-backend.ts:157</p><p>Creates the XNNPACK backend: it executes <code>XnnpackBackend</code> delegates (ExecuTorch&#39;s XNNPACK payload: <code>XH00</code> header + <code>XNNGraph</code> flatbuffer, weights in the program&#39;s named data).</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> module</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> await</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> Module.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">load</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(bytes, { backends: [</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">xnnpack</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">()], kernels: portableKernels });</span></span></code></pre></div><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/XnnpackFactoryOptions.html"><code>XnnpackFactoryOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../core/interfaces/BackendV1.html"><code>BackendV1</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-xnnpack/index/functions/xnnpack.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const xnnpack = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  xnnpack as default
};
