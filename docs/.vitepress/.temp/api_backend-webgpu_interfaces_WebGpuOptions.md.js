import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WebGpuOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/backend-webgpu/interfaces/WebGpuOptions.md","filePath":"api/backend-webgpu/interfaces/WebGpuOptions.md"}');
const _sfc_main = { name: "api/backend-webgpu/interfaces/WebGpuOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/backend-webgpu</a> / WebGpuOptions</p><h1 id="interface-webgpuoptions" tabindex="-1">Interface: WebGpuOptions <a class="header-anchor" href="#interface-webgpuoptions" aria-label="Permalink to &quot;Interface: WebGpuOptions&quot;">​</a></h1><p>Defined in: runtime/backend.ts:12</p><p>Options of the WebGPU backend.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="device" tabindex="-1">device? <a class="header-anchor" href="#device" aria-label="Permalink to &quot;device?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>device?</strong>: <code>GPUDevice</code></p></blockquote><p>Defined in: runtime/backend.ts:19</p><p>A device to run on (its adapter and limits are the caller&#39;s choice); otherwise one is requested.</p><hr><h3 id="gpu" tabindex="-1">gpu? <a class="header-anchor" href="#gpu" aria-label="Permalink to &quot;gpu?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>gpu?</strong>: <code>GPU</code></p></blockquote><p>Defined in: runtime/backend.ts:17</p><p>The WebGPU entry point: <code>navigator.gpu</code> by default (browsers, workers); in Node, the object the <code>webgpu</code> package&#39;s <code>create()</code> returns (keep your own reference to it while the backend lives).</p><hr><h3 id="maxdelegatebytes" tabindex="-1">maxDelegateBytes? <a class="header-anchor" href="#maxdelegatebytes" aria-label="Permalink to &quot;maxDelegateBytes?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>maxDelegateBytes?</strong>: <code>number</code></p></blockquote><p>Defined in: runtime/backend.ts:23</p><p>Most bytes of GPU buffers one delegate may allocate (default 1 GiB); a larger graph fails at init.</p><hr><h3 id="powerpreference" tabindex="-1">powerPreference? <a class="header-anchor" href="#powerpreference" aria-label="Permalink to &quot;powerPreference?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>powerPreference?</strong>: <code>GPUPowerPreference</code></p></blockquote><p>Defined in: runtime/backend.ts:21</p><p>Adapter preference when the backend requests the adapter itself.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/backend-webgpu/interfaces/WebGpuOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WebGpuOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WebGpuOptions as default
};
