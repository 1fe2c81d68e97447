// Run a program lowered by ExecuTorch's VulkanPartitioner on the GPU delegate (WebGPU), when this
// environment has a GPU adapter.

import { webgpu } from '@kindling/backend-webgpu';
import { availabilityOf, Tensor } from '@kindling/core';
import { Module, portableKernels } from '@kindling/runtime';

/**
 * Runs forward once on the GPU. `gpu` is `navigator.gpu` in browsers (the default); in Node, the
 * object `create()` of the `webgpu` package returns. Without an adapter, says why instead.
 */
export async function runOnWebGpu(
  program: Uint8Array,
  input: Float32Array,
  shape: number[],
  gpu?: GPU,
): Promise<{ output: number[] } | { unavailable: string }> {
  const backend = webgpu(gpu ? { gpu } : {});
  const availability = await availabilityOf(backend);
  if (!availability.available) return { unavailable: availability.reason };
  // Operators outside the delegated parts still need the portable kernels.
  const module = await Module.load(program, { kernels: portableKernels, backends: [backend] });
  try {
    const outputs = await module.forward([Tensor.from('float32', shape, input)]);
    return { output: outputs.tensor(0).toArray() };
  } finally {
    // Releases the delegate's GPU buffers.
    await module.dispose();
  }
}
