import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TensorLifetime","description":"","frontmatter":{},"headers":[],"relativePath":"api/partitioner/interfaces/TensorLifetime.md","filePath":"api/partitioner/interfaces/TensorLifetime.md"}');
const _sfc_main = { name: "api/partitioner/interfaces/TensorLifetime.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/partitioner</a> / TensorLifetime</p><h1 id="interface-tensorlifetime" tabindex="-1">Interface: TensorLifetime <a class="header-anchor" href="#interface-tensorlifetime" aria-label="Permalink to &quot;Interface: TensorLifetime&quot;">​</a></h1><p>Defined in: partitioner/src/memory-planning.ts:14</p><p>The lifetime of one planned tensor, in node positions (0 = before the first node).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="end" tabindex="-1">end <a class="header-anchor" href="#end" aria-label="Permalink to &quot;end&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>end</strong>: <code>number</code></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:21</p><p>Last position at which it is read (node count + 1 for outputs and buffers).</p><hr><h3 id="size" tabindex="-1">size <a class="header-anchor" href="#size" aria-label="Permalink to &quot;size&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>size</strong>: <code>number</code></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:17</p><p>Bytes, rounded up to the alignment (upper bound for dynamic shapes).</p><hr><h3 id="start" tabindex="-1">start <a class="header-anchor" href="#start" aria-label="Permalink to &quot;start&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>start</strong>: <code>number</code></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:19</p><p>First position at which the tensor holds data (0 for inputs and buffers).</p><hr><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>value</strong>: <a href="./../../ir/classes/Value.html"><code>Value</code></a></p></blockquote><p>Defined in: partitioner/src/memory-planning.ts:15</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/partitioner/interfaces/TensorLifetime.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TensorLifetime = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TensorLifetime as default
};
