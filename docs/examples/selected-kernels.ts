// Ship only the kernels a program uses: import them one by one from @kindling/runtime/kernels and
// pass them as `kernels`; a bundler leaves every other kernel out of the app.
import { Tensor } from '@kindling/core';
import { Module } from '@kindling/runtime';
import { addmm, convolution, maxPool2dWithIndices, permuteCopy, relu } from '@kindling/runtime/kernels';

/** The digits program's operators (`kindling inspect` lists them): five kernels instead of ~190. */
const digitsKernels = [addmm, convolution, maxPool2dWithIndices, permuteCopy, relu];

/** Classifies one 8x8 digit image with only the digits program's kernels; returns the logits. */
export async function classifyWithSelectedKernels(program: Uint8Array, pixels: Float32Array): Promise<number[]> {
  const module = await Module.load(program, { kernels: digitsKernels });
  try {
    const outputs = await module.forward([Tensor.from('float32', [1, 1, 8, 8], pixels)]);
    return outputs.tensor(0).toArray();
  } finally {
    await module.dispose();
  }
}
