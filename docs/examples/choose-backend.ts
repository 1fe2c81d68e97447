// Pick the program and the backend at run time: the GPU delegate where WebGPU has an adapter, else
// the CPU delegate on up to four threads (one where a page is not cross-origin isolated).

import { webgpu } from '@kindling/backend-webgpu';
import { xnnpack } from '@kindling/backend-xnnpack';
import { availabilityOf } from '@kindling/core';
import { Module, portableKernels } from '@kindling/runtime';

/** The same model exported for each delegate (see "From a PyTorch model to a .pte"). */
export interface Programs {
  vulkan: string | Uint8Array;
  xnnpack: string | Uint8Array;
}

/** `gpu`: `navigator.gpu` in browsers (the default); in Node, the `webgpu` package's `create([])`. */
export async function loadFastest(programs: Programs, gpu?: GPU): Promise<{ module: Module; runsOn: string }> {
  const gpuBackend = webgpu(gpu ? { gpu } : {});
  if ((await availabilityOf(gpuBackend)).available) {
    const module = await Module.load(programs.vulkan, { kernels: portableKernels, backends: [gpuBackend] });
    return { module, runsOn: 'webgpu' };
  }
  const threads = Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 1);
  const module = await Module.load(programs.xnnpack, {
    kernels: portableKernels,
    backends: [xnnpack({ threads })],
  });
  return { module, runsOn: `xnnpack on up to ${threads} threads` };
}
