// Run a program lowered for XNNPACK on the WebAssembly CPU delegate, on one or more threads,
// and find out what the delegate actually runs on.

import { type XnnpackDelegateInfo, xnnpack } from '@kindling/backend-xnnpack';
import { Tensor } from '@kindling/core';
import { Module, portableKernels } from '@kindling/runtime';

/** Runs forward once on `threads` threads; returns the output and each delegate's report. */
export async function runOnXnnpack(
  program: Uint8Array,
  input: Float32Array,
  shape: number[],
  threads: number,
): Promise<{ output: number[]; delegates: XnnpackDelegateInfo[] }> {
  const delegates: XnnpackDelegateInfo[] = [];
  const module = await Module.load(program, {
    // Operators outside the delegated parts still need the portable kernels.
    kernels: portableKernels,
    backends: [xnnpack({ threads, onDelegateReady: (info) => delegates.push(info) })],
  });
  try {
    // Delegates are initialised (weights packed, worker pool started) when the method loads.
    await module.loadMethod('forward');
    const outputs = await module.forward([Tensor.from('float32', shape, input)]);
    return { output: outputs.tensor(0).toArray(), delegates };
  } finally {
    // Stops the worker pool.
    await module.dispose();
  }
}
