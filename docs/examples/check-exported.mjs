// Loads and runs the programs the guide "From a PyTorch model to a .pte" writes (see
// tools/conformance/guide_check.py, which runs the guide's Python and calls this with its folder):
// the portable and XNNPACK programs must give ExecuTorch's recorded outputs; the Vulkan one must
// load its program and name the WebGPU backend's delegate. Uses the built packages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xnnpack } from '@kindling/backend-xnnpack';
import { Tensor } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { Module, portableKernels } from '@kindling/runtime';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node docs/examples/check-exported.mjs <folder written by the guide>');
const floats = (name) => {
  const b = readFileSync(join(dir, name));
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};
const input = floats('input.bin');
const ATOL = 1e-4;
const RTOL = 1e-4;

for (const [name, backends] of [
  ['model.pte', []],
  ['model.xnnpack.pte', [xnnpack({ threads: 2 })]],
]) {
  const module = await Module.load(readFileSync(join(dir, name)), { kernels: portableKernels, backends });
  try {
    const out = (await module.forward([Tensor.from('float32', [1, 3, 16, 16], input)])).tensor(0, 'float32').data;
    const want = floats(`${name}.out.bin`);
    if (out.length !== want.length) throw new Error(`${name}: ${out.length} outputs, ExecuTorch gave ${want.length}`);
    let worst = 0;
    for (let i = 0; i < want.length; i++) {
      const d = Math.abs(out[i] - want[i]);
      if (!(d <= ATOL + RTOL * Math.abs(want[i]))) throw new Error(`${name}: output ${i}: ${out[i]} vs ${want[i]}`);
      worst = Math.max(worst, d);
    }
    console.log(`${name}: ${want.length} outputs as ExecuTorch's (max |diff| ${worst.toExponential(2)})`);
  } finally {
    await module.dispose();
  }
}
const vulkan = PteFile.read(new Uint8Array(readFileSync(join(dir, 'model.vulkan.pte'))));
const ids = vulkan.program.executionPlan.flatMap((plan) => plan.delegates.map((d) => d.id));
if (!ids.includes('VulkanBackend')) throw new Error(`model.vulkan.pte: delegates ${ids.join(', ') || 'none'}`);
console.log('model.vulkan.pte: reads, with a VulkanBackend delegate (run it with webgpu())');
