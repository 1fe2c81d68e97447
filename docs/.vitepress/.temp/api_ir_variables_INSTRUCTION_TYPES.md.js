import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: INSTRUCTION_TYPES","description":"","frontmatter":{},"headers":[],"relativePath":"api/ir/variables/INSTRUCTION_TYPES.md","filePath":"api/ir/variables/INSTRUCTION_TYPES.md"}');
const _sfc_main = { name: "api/ir/variables/INSTRUCTION_TYPES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/ir</a> / INSTRUCTION_TYPES</p><h1 id="variable-instruction-types" tabindex="-1">Variable: INSTRUCTION_TYPES <a class="header-anchor" href="#variable-instruction-types" aria-label="Permalink to &quot;Variable: INSTRUCTION\\_TYPES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>INSTRUCTION_TYPES</strong>: readonly [<code>&quot;KernelCall&quot;</code>, <code>&quot;DelegateCall&quot;</code>, <code>&quot;MoveCall&quot;</code>, <code>&quot;JumpFalseCall&quot;</code>, <code>&quot;FreeCall&quot;</code>]</p></blockquote><p>Defined in: packages/ir/src/program-data.ts:90</p><p>The type tags of <a href="./../type-aliases/InstructionData.html">InstructionData</a>, numbered as the <code>InstructionArguments</code> union.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/ir/variables/INSTRUCTION_TYPES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const INSTRUCTION_TYPES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  INSTRUCTION_TYPES as default
};
