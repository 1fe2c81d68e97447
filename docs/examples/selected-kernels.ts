// Ship only the kernels a program uses: import them one by one from @kindling/runtime/kernels and
// pass them as `kernels`; a bundler leaves every other kernel out of the app.
import { ScalarType, Tensor } from '@kindling/core';
import { Module } from '@kindling/runtime';
import { addmm, convolution, maxPool2dWithIndices, permuteCopy, relu } from '@kindling/runtime/kernels';

/** The digits program's operators (`kindling inspect` lists them): five kernels instead of ~190. */
const digitsKernels = [addmm, convolution, maxPool2dWithIndices, permuteCopy, relu];

/** Classifies one 8x8 digit image with only the digits program's kernels; returns the logits. */
export async function classifyWithSelectedKernels(program: Uint8Array, pixels: Float32Array): Promise<number[]> {
  const module = await Module.load(program, { kernels: digitsKernels });
  try {
    const [out] = await module.forward([Tensor.from(ScalarType.Float, [1, 1, 8, 8], pixels)]);
    if (!(out instanceof Tensor)) throw new Error('forward should return a tensor');
    return out.toArray();
  } finally {
    await module.dispose();
  }
}
