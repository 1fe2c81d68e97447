import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CliIo","description":"","frontmatter":{},"headers":[],"relativePath":"api/cli/interfaces/CliIo.md","filePath":"api/cli/interfaces/CliIo.md"}');
const _sfc_main = { name: "api/cli/interfaces/CliIo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/cli</a> / CliIo</p><h1 id="interface-cliio" tabindex="-1">Interface: CliIo <a class="header-anchor" href="#interface-cliio" aria-label="Permalink to &quot;Interface: CliIo&quot;">​</a></h1><p>Defined in: io.ts:4</p><p>Where a command writes: standard output and standard error, one line (or block) per call.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="err" tabindex="-1">err() <a class="header-anchor" href="#err" aria-label="Permalink to &quot;err()&quot;">​</a></h3><blockquote><p><strong>err</strong>(<code>text</code>): <code>void</code></p></blockquote><p>Defined in: io.ts:6</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h5><p><code>string</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p><hr><h3 id="out" tabindex="-1">out() <a class="header-anchor" href="#out" aria-label="Permalink to &quot;out()&quot;">​</a></h3><blockquote><p><strong>out</strong>(<code>text</code>): <code>void</code></p></blockquote><p>Defined in: io.ts:5</p><h4 id="parameters-1" tabindex="-1">Parameters <a class="header-anchor" href="#parameters-1" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="text-1" tabindex="-1">text <a class="header-anchor" href="#text-1" aria-label="Permalink to &quot;text&quot;">​</a></h5><p><code>string</code></p><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/interfaces/CliIo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CliIo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CliIo as default
};
