import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NonConstBufferDeviceData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/interfaces/NonConstBufferDeviceData.md","filePath":"api/ir/interfaces/NonConstBufferDeviceData.md"}');
const _sfc_main = { name: "api/ir/interfaces/NonConstBufferDeviceData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / NonConstBufferDeviceData</p><h1 id="interface-nonconstbufferdevicedata" tabindex="-1">Interface: NonConstBufferDeviceData <a class="header-anchor" href="#interface-nonconstbufferdevicedata" aria-label="Permalink to &quot;Interface: NonConstBufferDeviceData&quot;">​</a></h1><p>Defined in: packages/ir/src/program-data.ts:123</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bufferidx" tabindex="-1">bufferIdx <a class="header-anchor" href="#bufferidx" aria-label="Permalink to &quot;bufferIdx&quot;">​</a></h3><blockquote><p><strong>bufferIdx</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:124</p><hr><h3 id="deviceindex" tabindex="-1">deviceIndex <a class="header-anchor" href="#deviceindex" aria-label="Permalink to &quot;deviceIndex&quot;">​</a></h3><blockquote><p><strong>deviceIndex</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:126</p><hr><h3 id="devicetype" tabindex="-1">deviceType <a class="header-anchor" href="#devicetype" aria-label="Permalink to &quot;deviceType&quot;">​</a></h3><blockquote><p><strong>deviceType</strong>: <code>number</code></p></blockquote><p>Defined in: packages/ir/src/program-data.ts:125</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/interfaces/NonConstBufferDeviceData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NonConstBufferDeviceData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NonConstBufferDeviceData as default
};
