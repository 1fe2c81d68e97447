// MobileNetV2 with the CPU delegate: the program ExecuTorch lowered to XNNPACK runs in
// @kindling/backend-xnnpack; the portable kernels are the ones `kindling select` names for it
// (none: every operator is delegated).
import { xnnpack } from '@kindling/backend-xnnpack';
import { ScalarType, Tensor } from '@kindling/core';
import { Module } from '@kindling/runtime';
import { kernels } from './kernels.gen.js';

/** Loads an image classifier (the program's URL or bytes) whose input is an image of `sizes`. */
async function loadClassifier(program: string | Uint8Array, sizes: readonly number[] = [1, 3, 224, 224]) {
  const module = await Module.load(program, { kernels, backends: [xnnpack()] });
  return async (image: Float32Array): Promise<number[]> => {
    const [logits] = await module.forward([Tensor.from(ScalarType.Float, sizes, image)]);
    if (!(logits instanceof Tensor)) throw new Error('the program should return a tensor');
    return logits.toArray();
  };
}

Object.assign(globalThis, { loadClassifier });
