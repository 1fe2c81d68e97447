// Load a program and run its forward method on one input, with the portable kernels.
import { ScalarType, Tag, Tensor } from '@kindling/core';
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
    const x = Tensor.from(ScalarType.Float, input.sizes, pixels);
    const [out] = await module.forward([x]);
    if (!(out instanceof Tensor)) throw new Error('forward should return a tensor');
    const logits = out.toArray();
    return { digit: logits.indexOf(Math.max(...logits)), logits };
  } finally {
    await module.dispose();
  }
}

/** Runs forward once with an event tracer and returns the per-operator timing table. */
export async function profile(program: Uint8Array, pixels: Float32Array) {
  const tracer = createEventTracer();
  const module = await Module.load(program, { kernels: portableKernels, eventTracer: tracer });
  await module.forward([Tensor.from(ScalarType.Float, [1, 1, 8, 8], pixels)]);
  await module.dispose();
  return tracer.summary();
}
