import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: main()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cli/functions/main.md","filePath":"api/cli/functions/main.md"}');
const _sfc_main = { name: "api/cli/functions/main.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/cli</a> / main</p><h1 id="function-main" tabindex="-1">Function: main() <a class="header-anchor" href="#function-main" aria-label="Permalink to &quot;Function: main()&quot;">​</a></h1><blockquote><p><strong>main</strong>(<code>argv</code>, <code>output?</code>): <code>Promise</code>&lt;<code>number</code>&gt;</p></blockquote><p>Defined in: index.ts:57</p><p>Runs the <code>kindling</code> command line with <code>argv</code> (without the node and script paths) and returns the exit code. Every failure is reported as one line, <code>error: &lt;CodeName&gt;: &lt;message&gt;</code>, with exit code 1. Control characters in anything printed (names read from files included) are shown escaped.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="argv" tabindex="-1">argv <a class="header-anchor" href="#argv" aria-label="Permalink to &quot;argv&quot;">​</a></h3><p>readonly <code>string</code>[]</p><h3 id="output" tabindex="-1">output? <a class="header-anchor" href="#output" aria-label="Permalink to &quot;output?&quot;">​</a></h3><p><a href="./../interfaces/CliIo.html"><code>CliIo</code></a> = <code>processIo</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>number</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/main.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const main = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  main as default
};
