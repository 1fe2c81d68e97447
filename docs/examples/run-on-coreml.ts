// Run a program lowered by ExecuTorch's CoreMLPartitioner. On an Apple device the app passes its
// native Core ML host; anywhere else, the reference host runs the ML Program in TypeScript.

import { type CoreMLHost, coreml } from '@kindling/backend-coreml';
import { availabilityOf, Tensor } from '@kindling/core';
import { Module, portableKernels } from '@kindling/runtime';

/**
 * Runs forward once through `host`: the app's native host on Apple devices, `referenceHost()` to
 * run the program in the TypeScript reference interpreter, or `null` where there is none (then the
 * backend is unavailable and this says why instead of running).
 */
export async function runOnCoreML(
  program: Uint8Array,
  input: Float32Array,
  shape: number[],
  host: CoreMLHost | null,
): Promise<{ output: number[] } | { unavailable: string }> {
  const backend = coreml(host ? { host } : {});
  const availability = await availabilityOf(backend);
  if (!availability.available) return { unavailable: availability.reason };
  // Operators the partitioner left outside the Core ML delegate run on the portable kernels.
  const module = await Module.load(program, { kernels: portableKernels, backends: [backend] });
  try {
    const outputs = await module.forward([Tensor.from('float32', shape, input)]);
    return { output: outputs.tensor(0).toArray() };
  } finally {
    // Releases the host's compiled and loaded models.
    await module.dispose();
  }
}
