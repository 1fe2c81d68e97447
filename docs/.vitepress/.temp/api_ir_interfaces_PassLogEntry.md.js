import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PassLogEntry","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/PassLogEntry.md","filePath":"api/ir/interfaces/PassLogEntry.md"}');
const _sfc_main = { name: "api/ir/interfaces/PassLogEntry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / PassLogEntry</p><h1 id="interface-passlogentry" tabindex="-1">Interface: PassLogEntry <a class="header-anchor" href="#interface-passlogentry" aria-label="Permalink to &quot;Interface: PassLogEntry&quot;">​</a></h1><p>Defined in: packages/ir/src/graph/pass-manager.ts:23</p><p>One entry of the pass manager&#39;s log.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="modified" tabindex="-1">modified <a class="header-anchor" href="#modified" aria-label="Permalink to &quot;modified&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>modified</strong>: <code>boolean</code></p></blockquote><p>Defined in: packages/ir/src/graph/pass-manager.ts:26</p><hr><h3 id="pass" tabindex="-1">pass <a class="header-anchor" href="#pass" aria-label="Permalink to &quot;pass&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>pass</strong>: <code>string</code></p></blockquote><p>Defined in: packages/ir/src/graph/pass-manager.ts:24</p><hr><h3 id="round" tabindex="-1">round <a class="header-anchor" href="#round" aria-label="Permalink to &quot;round&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>round</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/graph/pass-manager.ts:25</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/PassLogEntry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PassLogEntry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PassLogEntry as default
};
