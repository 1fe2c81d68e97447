// Loads and runs the programs the guide "From a PyTorch model to a .pte" writes (see
// tools/conformance/guide_check.py, which runs the guide's Python and calls this with its folder):
// the portable and XNNPACK programs must give ExecuTorch's recorded outputs; the Vulkan one must
// name the Vulkan delegate and, where WebGPU has an adapter, give the portable program's outputs.
// Uses the built packages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webgpu } from '@kindling/backend-webgpu';
import { xnnpack } from '@kindling/backend-xnnpack';
import { availabilityOf, Tensor } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { Module, portableKernels } from '@kindling/runtime';
import { create } from 'webgpu';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node docs/examples/check-exported.mjs <folder written by the guide>');
const floats = (name) => {
  const b = readFileSync(join(dir, name));
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};
const input = floats('input.bin');
const ATOL = 1e-4;
const RTOL = 1e-4;

function compare(name, out, want, atol) {
  if (out.length !== want.length) throw new Error(`${name}: ${out.length} outputs, ExecuTorch gave ${want.length}`);
  let worst = 0;
  for (let i = 0; i < want.length; i++) {
    const d = Math.abs(out[i] - want[i]);
    if (!(d <= atol + RTOL * Math.abs(want[i]))) throw new Error(`${name}: output ${i}: ${out[i]} vs ${want[i]}`);
    worst = Math.max(worst, d);
  }
  console.log(`${name}: ${want.length} outputs as ExecuTorch's (max |diff| ${worst.toExponential(2)})`);
}

for (const [name, backends] of [
  ['model.pte', []],
  ['model.xnnpack.pte', [xnnpack({ threads: 2 })]],
]) {
  const module = await Module.load(readFileSync(join(dir, name)), { kernels: portableKernels, backends });
  try {
    const out = (await module.forward([Tensor.from('float32', [1, 3, 16, 16], input)])).tensor(0, 'float32').data;
    compare(name, out, floats(`${name}.out.bin`), ATOL);
  } finally {
    await module.dispose();
  }
}
const vulkanBytes = new Uint8Array(readFileSync(join(dir, 'model.vulkan.pte')));
const ids = PteFile.read(vulkanBytes).program.executionPlan.flatMap((plan) => plan.delegates.map((d) => d.id));
if (!ids.includes('VulkanBackend')) throw new Error(`model.vulkan.pte: delegates ${ids.join(', ') || 'none'}`);
// The GPU delegate, where this machine has a WebGPU adapter (Dawn, from the `webgpu` package),
// against ExecuTorch's output of the portable program (ExecuTorch's Python runtime has no Vulkan).
const gpu = create([]);
const backend = webgpu({ gpu });
const availability = await availabilityOf(backend);
if (availability.available) {
  const module = await Module.load(vulkanBytes, { kernels: portableKernels, backends: [backend] });
  try {
    const out = (await module.forward([Tensor.from('float32', [1, 3, 16, 16], input)])).tensor(0, 'float32').data;
    compare('model.vulkan.pte', out, floats('model.pte.out.bin'), 1e-3);
  } finally {
    await module.dispose();
  }
} else if (process.env.KINDLING_REQUIRE_WEBGPU === '1') {
  throw new Error(`model.vulkan.pte: no WebGPU adapter: ${availability.reason}`);
} else {
  console.log(`model.vulkan.pte: reads, with a VulkanBackend delegate; not run (${availability.reason})`);
}
