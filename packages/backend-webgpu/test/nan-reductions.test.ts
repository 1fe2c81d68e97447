// NaN through amax/amin and max pooling on the device: ATen propagates it (a NaN anywhere in the
// reduced elements or the window is the result). WGSL leaves NaN comparisons undefined and
// SwiftShader folds `v != v` to false, so the kernels test the bits.
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { nodeGpu } from './node-gpu.js';
import { runOnGpu } from './one-graph.js';
import type { TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

describe.skipIf(!gpu)(`NaN in reductions and pooling${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  test('aten.amax and aten.amin over the last dimension: a row with a NaN gives NaN', async () => {
    const x = new Float32Array([1, Number.NaN, 3, 4, -1, -2, 5, 0.5]);
    for (const [name, want] of [
      ['aten.amax.default', [Number.NaN, 5]],
      ['aten.amin.default', [Number.NaN, -2]],
    ] as const) {
      const g: TestGraph = {
        values: [
          { kind: 'tensor', dims: [2, 4] },
          { kind: 'ints', value: [1] },
          { kind: 'bool', value: false },
          { kind: 'tensor', dims: [2] },
        ],
        chain: [{ name, args: [0, 1, 2, 3] }],
        inputs: [0],
        outputs: [3],
        constants: [],
      };
      const out = Tensor.zeros(ScalarType.Float, [2]);
      await runOnGpu(gpu!, g, [Tensor.from(ScalarType.Float, [2, 4], x)], [out]);
      const got = Array.from(out.data as Float32Array);
      expect(Number.isNaN(got[0]), `${name} row 0: ${got[0]}`).toBe(true);
      expect(got[1]).toBe(want[1]);
    }
  });

  test('aten.max_pool2d: a window with a NaN gives NaN', async () => {
    // [1, 1, 2, 4] with 2x2 windows, stride 2: the first window holds a NaN
    const x = new Float32Array([1, Number.NaN, 3, 4, 5, 6, 7, -8]);
    const g: TestGraph = {
      values: [
        { kind: 'tensor', dims: [1, 1, 2, 4] },
        { kind: 'ints', value: [2, 2] },
        { kind: 'ints', value: [2, 2] },
        { kind: 'ints', value: [0, 0] },
        { kind: 'ints', value: [1, 1] },
        { kind: 'bool', value: false },
        { kind: 'tensor', dims: [1, 1, 1, 2] },
      ],
      chain: [{ name: 'aten.max_pool2d.default', args: [0, 1, 2, 3, 4, 5, 6] }],
      inputs: [0],
      outputs: [6],
      constants: [],
    };
    const out = Tensor.zeros(ScalarType.Float, [1, 1, 1, 2]);
    await runOnGpu(gpu!, g, [Tensor.from(ScalarType.Float, [1, 1, 2, 4], x)], [out]);
    const got = Array.from(out.data as Float32Array);
    expect(Number.isNaN(got[0]), `window 0: ${got[0]}`).toBe(true);
    expect(got[1]).toBe(7);
  });
});
