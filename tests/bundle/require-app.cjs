// A CommonJS app: requires the published packages and runs the digits program with the portable
// kernels. Run by require.test.ts in a plain `node` process; prints one JSON line.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Module } = require('@kindling/runtime');
const { portableKernels, relu } = require('@kindling/runtime/kernels');
const { xnnpack } = require('@kindling/backend-xnnpack');
const { parseToolCalls } = require('@kindling/llm');
const { llmKernels } = require('@kindling/llm/kernels');

async function main() {
  const digits = join(__dirname, '../../packages/conformance-zoo/cases/digits/portable.pte');
  const module = await Module.load(new Uint8Array(readFileSync(digits)), { kernels: portableKernels });
  const [out] = await module.forward([new Float32Array(64).fill(0.5)]);
  await module.dispose();
  const result = {
    xnnpack: typeof xnnpack,
    llm: typeof parseToolCalls,
    llmKernels: llmKernels.length,
    reluListed: portableKernels.includes(relu),
    sizes: out.sizes,
    node: process.version,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  process.stdout.write(`${JSON.stringify({ error: String(e?.code ?? e) })}\n`);
  process.exitCode = 1;
});
