// Where a Vulkan program's time goes on this machine's WebGPU adapter: every dispatch of its
// delegates timed alone (its own submit, waited for), summed by shader and by operator.
//
//   node packages/backend-webgpu/scripts/profile.mjs <program.pte> [runs]
//
// (bundled from this file by profile.mjs). Software adapters only order kernels; see bench/webgpu.mjs
// for runtimes side by side.
import { readFileSync } from 'node:fs';
import { Module, portableKernels } from '@kindling/runtime';
import { create } from 'webgpu';
import { webgpu } from '../src/index.js';
import { GpuGraph } from '../src/runtime/gpu-graph.js';
import { prepareDelegate } from '../src/runtime/prepare.js';

const [file, runsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile <program.pte> [runs]');
const runs = Number(runsArg ?? 1);
const gpu = create([]);
const adapter = await gpu.requestAdapter();
if (!adapter) throw new Error('no adapter');
const device = await adapter.requestDevice({
  requiredLimits: { maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize },
});
const payloads: { processed: Uint8Array; namedData: Parameters<typeof prepareDelegate>[1] }[] = [];
const backend = webgpu({ device });
const init = backend.init.bind(backend);
backend.init = (context, processed) => {
  payloads.push({ processed, namedData: context.namedData });
  return init(context, processed);
};
const module = await Module.load(new Uint8Array(readFileSync(file)), { backends: [backend], kernels: portableKernels });
await module.loadMethod('forward');
const byShader = new Map<string, { ms: number; count: number }>();
let total = 0;
for (const { processed, namedData } of payloads) {
  const { plan, constants } = prepareDelegate(processed, namedData);
  const graph = new GpuGraph(device, plan, (id) => constants.get(id)!, new Map(), 2 ** 31);
  const launches = graph.launchesForProfiling();
  for (const l of launches) {
    const time = async () => {
      const encoder = device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      pass.setPipeline(l.pipeline);
      pass.setBindGroup(0, l.bindGroup);
      pass.dispatchWorkgroups(l.x, l.y);
      pass.end();
      const t0 = performance.now();
      device.queue.submit([encoder.finish()]);
      await device.queue.onSubmittedWorkDone();
      return performance.now() - t0;
    };
    await time();
    let ms = Number.POSITIVE_INFINITY;
    for (let r = 0; r < runs; r++) ms = Math.min(ms, await time());
    const key = `${l.label}`;
    const s = byShader.get(key) ?? { ms: 0, count: 0 };
    s.ms += ms;
    s.count++;
    byShader.set(key, s);
    total += ms;
  }
  graph.dispose();
}
const rows = [...byShader.entries()].sort((a, b) => b[1].ms - a[1].ms);
for (const [k, s] of rows) {
  console.log(
    `${((100 * s.ms) / total).toFixed(1).padStart(5)}%  ${s.ms.toFixed(1).padStart(9)} ms  ${String(s.count).padStart(4)}x  ${k}`,
  );
}
console.log(`total ${total.toFixed(1)} ms (sum of dispatches timed alone, min of ${runs})`);
await module.dispose();
device.destroy();
