import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: InstructionData","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/type-aliases/InstructionData.md","filePath":"api/ir/type-aliases/InstructionData.md"}');
const _sfc_main = { name: "api/ir/type-aliases/InstructionData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / InstructionData</p><h1 id="type-alias-instructiondata" tabindex="-1">Type Alias: InstructionData <a class="header-anchor" href="#type-alias-instructiondata" aria-label="Permalink to &quot;Type Alias: InstructionData&quot;">​</a></h1><blockquote><p><strong>InstructionData</strong> = { <code>args</code>: <code>number</code>[]; <code>opIndex</code>: <code>number</code>; <code>type</code>: <code>&quot;KernelCall&quot;</code>; } | { <code>args</code>: <code>number</code>[]; <code>delegateIndex</code>: <code>number</code>; <code>type</code>: <code>&quot;DelegateCall&quot;</code>; } | { <code>moveFrom</code>: <code>number</code>; <code>moveTo</code>: <code>number</code>; <code>type</code>: <code>&quot;MoveCall&quot;</code>; } | { <code>condValueIndex</code>: <code>number</code>; <code>destinationInstruction</code>: <code>number</code>; <code>type</code>: <code>&quot;JumpFalseCall&quot;</code>; } | { <code>type</code>: <code>&quot;FreeCall&quot;</code>; <code>valueIndex</code>: <code>number</code>; }</p></blockquote><p>Defined in: packages/ir/src/program-data.ts:82</p><p>One instruction (the <code>InstructionArguments</code> union).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/type-aliases/InstructionData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InstructionData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InstructionData as default
};
