// Load a program and run its forward method on one input, with the portable kernels.
import { Tag, Tensor } from '@kindling/core';
import { createEventTracer, Module, portableKernels } from '@kindling/runtime';

/** Classifies one 8x8 digit image (values 0..1) with the digits program; returns the digit and the logits. */
export async function classifyDigit(
  program: Uint8Array,
  pixels: Float32Array,
): Promise<{ digit: number; logits: number[] }> {
  const module = await Module.load(program, { kernels: portableKernels });
  try {
    // methodMeta says what forward expects: here one float32 tensor of shape [1, 1, 8, 8].
    const meta = module.methodMeta('forward');
    const input = meta.inputs[0];
    if (input?.tag !== Tag.Tensor) throw new Error('forward should take a tensor');
    const x = Tensor.from('float32', input.sizes, pixels);
    // `tensor(0)` is output 0 typed as a Tensor (it throws if the program returned something else).
    const logits = (await module.forward([x])).tensor(0).toArray();
    return { digit: logits.indexOf(Math.max(...logits)), logits };
  } finally {
    await module.dispose();
  }
}

/** Runs forward once with an event tracer and returns the per-operator timing table. */
export async function profile(program: Uint8Array, pixels: Float32Array) {
  const tracer = createEventTracer();
  // `await using` disposes the module when the function returns.
  await using module = await Module.load(program, { kernels: portableKernels, eventTracer: tracer });
  await module.forward([Tensor.from('float32', [1, 1, 8, 8], pixels)]);
  return tracer.summary();
}
