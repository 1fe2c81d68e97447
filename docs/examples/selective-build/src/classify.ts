import { Tensor } from '@kindling/core';
import { Module } from '@kindling/runtime';
// Written by `kindling select digits.pte -o src/kernels.gen.ts`: the five kernels the program calls.
import { kernels } from './kernels.gen.js';

/** Loads the digits program (its URL or bytes); the classifier gives the logits of an 8x8 image. */
export async function loadClassifier(program: string | Uint8Array) {
  const module = await Module.load(program, { kernels });
  return async (pixels: Float32Array): Promise<number[]> => {
    const outputs = await module.forward([Tensor.from('float32', [1, 1, 8, 8], pixels)]);
    return outputs.tensor(0).toArray();
  };
}
