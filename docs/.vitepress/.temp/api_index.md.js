import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Kindling API reference","description":"","frontmatter":{},"headers":[],"relativePath":"api/index.md","filePath":"api/index.md"}');
const _sfc_main = { name: "api/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="kindling-api-reference" tabindex="-1">Kindling API reference <a class="header-anchor" href="#kindling-api-reference" aria-label="Permalink to &quot;Kindling API reference&quot;">​</a></h1><h2 id="packages" tabindex="-1">Packages <a class="header-anchor" href="#packages" aria-label="Permalink to &quot;Packages&quot;">​</a></h2><ul><li><a href="./backend-test-suite/">@kindling/backend-test-suite</a></li><li><a href="./backend-utils/">@kindling/backend-utils</a></li><li><a href="./backend-webgpu/">@kindling/backend-webgpu</a></li><li><a href="./backend-xnnpack/">@kindling/backend-xnnpack</a></li><li><a href="./cli/">@kindling/cli</a></li><li><a href="./conformance-zoo/">@kindling/conformance-zoo</a></li><li><a href="./core/">@kindling/core</a></li><li><a href="./ir/">@kindling/ir</a></li><li><a href="./partitioner/">@kindling/partitioner</a></li><li><a href="./runtime/">@kindling/runtime</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
