// Helpers of the operator tests: plan a built payload, or run it on a device with typed inputs and
// outputs.
import { ErrorCode, EValues, KindlingError, type NamedDataMap, type Tensor } from '@kindling/core';
import { expect } from 'vitest';
import { webgpu } from '../src/index.js';
import { prepareDelegate } from '../src/runtime/prepare.js';
import { buildVkPayload, type TestGraph } from './vk-builder.js';

/** Named data with no entries (graphs whose constants are inline). */
export const noData: NamedDataMap = {
  keys: () => [],
  has: () => false,
  get: (k) => {
    throw new KindlingError(ErrorCode.NotFound, k);
  },
  layout: () => undefined,
};

/** The plan of a built graph (throws what the planner throws). */
export const planOf = (g: TestGraph) => prepareDelegate(buildVkPayload(g), noData).plan;

/** The KindlingError `f` throws. */
export function errorOf(f: () => unknown): KindlingError {
  try {
    f();
  } catch (e) {
    expect(KindlingError.isInstance(e), String(e)).toBe(true);
    return e as KindlingError;
  }
  throw new Error('expected a KindlingError');
}

/** Runs a built graph on `gpu`: the inputs, then the outputs (written in place). */
export async function runOnGpu(gpu: GPU, g: TestGraph, inputs: Tensor[], outputs: Tensor[]): Promise<void> {
  const backend = webgpu({ gpu });
  const ctx = { methodName: 'forward', delegateIndex: 0, namedData: noData, options: {} };
  const handle = await backend.init(ctx, buildVkPayload(g), []);
  try {
    await backend.execute({ methodName: 'forward' }, handle, [...inputs, ...outputs].map(EValues.tensor));
  } finally {
    backend.destroy?.(handle);
  }
}

/** Every element within `abs` + `rel` * |want| of `want` (NaN where `want` is NaN, infinities exact). */
export function expectNear(got: ArrayLike<number>, want: readonly number[], abs: number, rel = 0): void {
  expect(got.length).toBe(want.length);
  want.forEach((w, i) => {
    const g = got[i]!;
    if (Number.isNaN(w)) {
      expect(Number.isNaN(g), `element ${i}: got ${g}, expected NaN`).toBe(true);
    } else if (!Number.isFinite(w)) {
      expect(g, `element ${i}`).toBe(w);
    } else if (!(Math.abs(g - w) <= abs + rel * Math.abs(w))) {
      throw new Error(`element ${i}: got ${g}, expected ${w}`);
    }
  });
}
