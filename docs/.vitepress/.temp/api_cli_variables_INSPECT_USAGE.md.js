import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: INSPECT_USAGE","description":"","frontmatter":{},"headers":[],"relativePath":"api/cli/variables/INSPECT_USAGE.md","filePath":"api/cli/variables/INSPECT_USAGE.md"}');
const _sfc_main = { name: "api/cli/variables/INSPECT_USAGE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Kindling API reference</a> / <a href="./../">@kindling/cli</a> / INSPECT_USAGE</p><h1 id="variable-inspect-usage" tabindex="-1">Variable: INSPECT_USAGE <a class="header-anchor" href="#variable-inspect-usage" aria-label="Permalink to &quot;Variable: INSPECT\\_USAGE&quot;">​</a></h1><blockquote><p><code>const</code> <strong>INSPECT_USAGE</strong>: &quot;usage: kindling inspect FILE [--json] [--instructions] [--method NAME]\\n\\nSummarises an ExecuTorch program (.pte), bundled program (.bpte) or tensor data file (.ptd):\\nmethods with their inputs and outputs, operators with call counts, delegates, constant methods\\nand their values, segments, constant bytes and planned memory.\\n\\n --json print the same facts as JSON\\n --instructions also list every instruction, one per line\\n --method NAME only this method&quot;</p></blockquote><p>Defined in: commands/inspect.ts:17</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/variables/INSPECT_USAGE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const INSPECT_USAGE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  INSPECT_USAGE as default
};
