import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ExtraTensorInfoData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/ExtraTensorInfoData.md","filePath":"api/ir/interfaces/ExtraTensorInfoData.md"}');
const _sfc_main = { name: "api/ir/interfaces/ExtraTensorInfoData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / ExtraTensorInfoData</p><h1 id="interface-extratensorinfodata" tabindex="-1">Interface: ExtraTensorInfoData <a class="header-anchor" href="#interface-extratensorinfodata" aria-label="Permalink to &quot;Interface: ExtraTensorInfoData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:23</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="deviceindex" tabindex="-1">deviceIndex <a class="header-anchor" href="#deviceindex" aria-label="Permalink to &quot;deviceIndex&quot;">​</a></h3><blockquote><p><strong>deviceIndex</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:28</p><hr><h3 id="devicetype" tabindex="-1">deviceType <a class="header-anchor" href="#devicetype" aria-label="Permalink to &quot;deviceType&quot;">​</a></h3><blockquote><p><strong>deviceType</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:27</p><hr><h3 id="fullyqualifiedname" tabindex="-1">fullyQualifiedName <a class="header-anchor" href="#fullyqualifiedname" aria-label="Permalink to &quot;fullyQualifiedName&quot;">​</a></h3><blockquote><p><strong>fullyQualifiedName</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:25</p><hr><h3 id="location" tabindex="-1">location <a class="header-anchor" href="#location" aria-label="Permalink to &quot;location&quot;">​</a></h3><blockquote><p><strong>location</strong>: <a href="./../enumerations/TensorDataLocation.html"><code>TensorDataLocation</code></a></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:26</p><hr><h3 id="mutabledatasegmentsidx" tabindex="-1">mutableDataSegmentsIdx <a class="header-anchor" href="#mutabledatasegmentsidx" aria-label="Permalink to &quot;mutableDataSegmentsIdx&quot;">​</a></h3><blockquote><p><strong>mutableDataSegmentsIdx</strong>: <code>bigint</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:24</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/ExtraTensorInfoData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExtraTensorInfoData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExtraTensorInfoData as default
};
