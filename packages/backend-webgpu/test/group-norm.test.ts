// Group normalisation on the device beyond what the zoo's programs reach (the mean and rstd
// outputs, weight without bias, rank 5, an offset that a one-pass variance would lose digits to),
// compared with a float64 TypeScript reference written here, and its argument checks.
import { seededRandom } from '@kindling/backend-utils';
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { nodeGpu } from './node-gpu.js';
import { errorOf, expectNear, planOf, runOnGpu } from './one-graph.js';
import type { TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

function graph(dims: number[], groups: number, affine: { weight: boolean; bias: boolean }, eps = 1e-5): TestGraph {
  const [n, c] = dims as [number, number];
  const hw = dims.slice(2).reduce((a, b) => a * b, 1);
  let constant = 0;
  const affineValue = (on: boolean): TestGraph['values'][number] =>
    on ? { kind: 'tensor', dims: [c], constant: constant++ } : { kind: 'null' };
  return {
    values: [
      { kind: 'tensor', dims },
      affineValue(affine.weight),
      affineValue(affine.bias),
      { kind: 'int', value: n },
      { kind: 'int', value: c },
      { kind: 'int', value: hw },
      { kind: 'int', value: groups },
      { kind: 'double', value: eps },
      { kind: 'list', value: [9, 10, 11] },
      { kind: 'tensor', dims },
      { kind: 'tensor', dims: [n, groups] },
      { kind: 'tensor', dims: [n, groups] },
    ],
    chain: [{ name: 'aten.native_group_norm.default', args: [0, 1, 2, 3, 4, 5, 6, 7, 8] }],
    inputs: [0],
    outputs: [9, 10, 11],
    constants: [],
  };
}

function reference(x: Float32Array, dims: number[], groups: number, w?: Float32Array, b?: Float32Array, eps = 1e-5) {
  const [n, c] = dims as [number, number];
  const hw = x.length / (n * c);
  const size = (c / groups) * hw;
  const out: number[] = [];
  const mean: number[] = [];
  const rstd: number[] = [];
  for (let row = 0; row < n * groups; row++) {
    const xs = Array.from(x.subarray(row * size, (row + 1) * size));
    const m = xs.reduce((s, v) => s + v, 0) / size;
    const r = 1 / Math.sqrt(xs.reduce((s, v) => s + (v - m) ** 2, 0) / size + eps);
    mean.push(m);
    rstd.push(r);
    xs.forEach((v, j) => {
      const ch = (row % groups) * (c / groups) + Math.floor(j / hw);
      out.push((v - m) * r * (w ? w[ch]! : 1) + (b ? b[ch]! : 0));
    });
  }
  return { out, mean, rstd };
}

const random = seededRandom(1820);
const rand = (n: number, offset = 0) => Float32Array.from({ length: n }, () => offset + random() * 2 - 1);

describe.skipIf(!gpu)(`group norm on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  test('rank 5, weight without bias, values offset by 10: out, mean and rstd', async () => {
    const dims = [2, 6, 2, 3, 2];
    const groups = 3;
    const numel = dims.reduce((a, b) => a * b, 1);
    const x = rand(numel, 10);
    const w = rand(6);
    const g = graph(dims, groups, { weight: true, bias: false });
    g.constants = [{ raw: new Uint8Array(w.buffer) }];
    const out = Tensor.zeros(ScalarType.Float, dims);
    const mean = Tensor.zeros(ScalarType.Float, [2, groups]);
    const rstd = Tensor.zeros(ScalarType.Float, [2, groups]);
    await runOnGpu(gpu!, g, [Tensor.from(ScalarType.Float, dims, x)], [out, mean, rstd]);
    const want = reference(x, dims, groups, w);
    expectNear(out.data as Float32Array, want.out, 1e-4, 1e-4);
    expectNear(mean.data as Float32Array, want.mean, 0, 1e-6);
    expectNear(rstd.data as Float32Array, want.rstd, 0, 1e-3);
  });
});

describe('argument checks of group norm', () => {
  test('a well-formed node plans', () => {
    expect(planOf(graph([2, 4, 3], 2, { weight: false, bias: false })).dispatches.map((d) => d.shader)).toEqual([
      'group_norm',
    ]);
  });

  test('N, C, HxW and groups against the input; affine and statistics shapes; outputs', () => {
    const badN = graph([2, 4, 3], 2, { weight: false, bias: false });
    badN.values[3] = { kind: 'int', value: 3 };
    expect(errorOf(() => planOf(badN)).message).toMatch(/do not describe/);
    const badHw = graph([2, 4, 3], 2, { weight: false, bias: false });
    badHw.values[5] = { kind: 'int', value: 4 };
    expect(errorOf(() => planOf(badHw)).message).toMatch(/do not describe/);
    for (const groups of [0, 3, -2]) {
      const g = graph([2, 4, 3], 2, { weight: false, bias: false });
      g.values[6] = { kind: 'int', value: groups };
      expect(errorOf(() => planOf(g)).message).toMatch(/groups do not divide/);
    }
    const badWeight = graph([2, 4, 3], 2, { weight: true, bias: false });
    badWeight.values[1] = { kind: 'tensor', dims: [2, 2], constant: 0 };
    badWeight.constants = [{ raw: new Uint8Array(16) }];
    expect(errorOf(() => planOf(badWeight)).message).toMatch(/affine tensor/);
    const badStats = graph([2, 4, 3], 2, { weight: false, bias: false });
    badStats.values[10] = { kind: 'tensor', dims: [2, 3] };
    expect(errorOf(() => planOf(badStats)).message).toMatch(/must hold 4 floats/);
    const twoOutputs = graph([2, 4, 3], 2, { weight: false, bias: false });
    twoOutputs.values[8] = { kind: 'list', value: [9, 10] };
    twoOutputs.outputs = [9, 10];
    expect(errorOf(() => planOf(twoOutputs)).message).toMatch(/writes 3 outputs/);
    const rank1 = graph([2, 4, 3], 2, { weight: false, bias: false });
    rank1.values[0] = { kind: 'tensor', dims: [8] };
    expect(errorOf(() => planOf(rank1)).message).toMatch(/no channel dimension/);
  });
});
