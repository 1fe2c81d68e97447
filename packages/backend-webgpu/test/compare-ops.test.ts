// Comparisons and logic of two tensors on the device beyond what the zoo's programs reach (int32
// values float32 cannot tell apart, NaN and signed zeros, rank-4 broadcasting of both operands),
// compared with JavaScript, and the argument checks of these nodes.
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { VkDataType } from '../src/index.js';
import { nodeGpu } from './node-gpu.js';
import { errorOf, planOf, runOnGpu } from './one-graph.js';
import type { TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

const CMP: [string, (a: number, b: number) => boolean][] = [
  ['aten.eq.Tensor', (a, b) => a === b],
  ['aten.lt.Tensor', (a, b) => a < b],
  ['aten.le.Tensor', (a, b) => a <= b],
  ['aten.gt.Tensor', (a, b) => a > b],
  ['aten.ge.Tensor', (a, b) => a >= b],
];

/** a[aDims] OP b[bDims] into a BOOL out[outDims]. */
function binaryGraph(name: string, aDims: number[], bDims: number[], outDims: number[], dtype: number): TestGraph {
  return {
    values: [
      { kind: 'tensor', dims: aDims, dtype },
      { kind: 'tensor', dims: bDims, dtype },
      { kind: 'tensor', dims: outDims, dtype: VkDataType.Bool },
    ],
    chain: [{ name, args: [0, 1, 2] }],
    inputs: [0, 1],
    outputs: [2],
    constants: [],
  };
}

async function run(g: TestGraph, a: Tensor, b: Tensor): Promise<number[]> {
  const dims = g.values[2]!.kind === 'tensor' ? g.values[2]!.dims : [];
  const out = Tensor.zeros(ScalarType.Bool, dims);
  await runOnGpu(gpu!, g, [a, b], [out]);
  return Array.from(out.bytes);
}

describe.skipIf(!gpu)(`comparisons on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  test('int32 operands compare exactly (values float32 rounds together)', async () => {
    const a = new Int32Array([16777217, -2147483648, 2147483647, 5, -7, 0]);
    const b = new Int32Array([16777216, -2147483647, 2147483646, 5, -7, -1]);
    for (const [name, f] of CMP) {
      const got = await run(
        binaryGraph(name, [6], [6], [6], VkDataType.Int32),
        Tensor.from(ScalarType.Int, [6], a),
        Tensor.from(ScalarType.Int, [6], b),
      );
      expect(got, name).toEqual(Array.from(a, (v, i) => (f(v, b[i]!) ? 1 : 0)));
    }
  });

  test('float32: NaN compares false, -0 equals 0, infinities order', async () => {
    const a = new Float32Array([Number.NaN, 1, Number.NaN, -0, Number.NEGATIVE_INFINITY, 2.5, 3]);
    const b = new Float32Array([Number.NaN, Number.NaN, 0, 0, -1e38, Number.POSITIVE_INFINITY, 3]);
    for (const [name, f] of CMP) {
      const got = await run(
        binaryGraph(name, [7], [7], [7], VkDataType.Float32),
        Tensor.from(ScalarType.Float, [7], a),
        Tensor.from(ScalarType.Float, [7], b),
      );
      expect(got, name).toEqual(Array.from(a, (v, i) => (f(v, b[i]!) ? 1 : 0)));
    }
  });

  test('both operands broadcast (rank 4 against rank 3); logical and/or of BOOL tensors', async () => {
    const aDims = [2, 1, 3, 1];
    const bDims = [2, 1, 4];
    const outDims = [2, 2, 3, 4];
    const a = Float32Array.from({ length: 6 }, (_, i) => (i % 3) - 1);
    const b = Float32Array.from({ length: 8 }, (_, i) => (i % 4) - 1.5 + (i > 3 ? 0.5 : 0));
    const at = (n: number, j: number, k: number, l: number) => [a[n * 3 + k]!, b[j * 4 + l]!] as const;
    const pairs: (readonly [number, number])[] = [];
    for (let n = 0; n < 2; n++)
      for (let j = 0; j < 2; j++) for (let k = 0; k < 3; k++) for (let l = 0; l < 4; l++) pairs.push(at(n, j, k, l));
    const got = await run(
      binaryGraph('aten.le.Tensor', aDims, bDims, outDims, VkDataType.Float32),
      Tensor.from(ScalarType.Float, aDims, a),
      Tensor.from(ScalarType.Float, bDims, b),
    );
    expect(got).toEqual(pairs.map(([x, y]) => (x <= y ? 1 : 0)));

    const p = Uint8Array.from([1, 0, 1, 1, 0, 0]);
    const q = Uint8Array.from([0, 1, 1]);
    for (const [name, f] of [
      ['aten.logical_and.default', (x: number, y: number) => x && y],
      ['aten.logical_or.default', (x: number, y: number) => x || y],
      ['aten.bitwise_and.Tensor', (x: number, y: number) => x && y],
      ['aten.bitwise_or.Tensor', (x: number, y: number) => x || y],
    ] as const) {
      const out = await run(
        binaryGraph(name, [2, 3], [3], [2, 3], VkDataType.Bool),
        Tensor.from(ScalarType.Bool, [2, 3], p),
        Tensor.from(ScalarType.Bool, [3], q),
      );
      expect(out, name).toEqual(Array.from(p, (x, i) => (f(x, q[i % 3]!) ? 1 : 0)));
    }
  });
});

describe('argument checks of the comparison and logic nodes', () => {
  test('well-formed nodes plan', () => {
    expect(planOf(binaryGraph('aten.lt.Tensor', [2, 3], [3], [2, 3], VkDataType.Int32)).dispatches.length).toBe(1);
    expect(planOf(binaryGraph('aten.logical_or.default', [3], [1], [3], VkDataType.Bool)).dispatches.length).toBe(1);
  });

  test('operand types, output type, shapes and argument count', () => {
    const mixed = binaryGraph('aten.eq.Tensor', [3], [3], [3], VkDataType.Float32);
    mixed.values[1] = { kind: 'tensor', dims: [3], dtype: VkDataType.Int32 };
    expect(errorOf(() => planOf(mixed)).message).toMatch(/FLOAT32 or both INT32/);
    expect(errorOf(() => planOf(binaryGraph('aten.ge.Tensor', [3], [3], [3], VkDataType.Bool))).message).toMatch(
      /FLOAT32 or both INT32/,
    );
    expect(
      errorOf(() => planOf(binaryGraph('aten.logical_and.default', [3], [3], [3], VkDataType.Float32))).message,
    ).toMatch(/BOOL/);
    const floatOut = binaryGraph('aten.gt.Tensor', [3], [3], [3], VkDataType.Float32);
    floatOut.values[2] = { kind: 'tensor', dims: [3] };
    expect(errorOf(() => planOf(floatOut)).message).toMatch(/must be BOOL/);
    expect(errorOf(() => planOf(binaryGraph('aten.lt.Tensor', [2, 3], [2], [2, 3], VkDataType.Int32))).message).toMatch(
      /do not broadcast/,
    );
    expect(errorOf(() => planOf(binaryGraph('aten.lt.Tensor', [2, 3], [3], [3, 3], VkDataType.Int32))).message).toMatch(
      /expected \[2,3\]/,
    );
    const extra = binaryGraph('aten.le.Tensor', [3], [3], [3], VkDataType.Int32);
    extra.chain[0]!.args = [0, 1, 1, 2];
    expect(errorOf(() => planOf(extra)).message).toMatch(/expects 3 arguments/);
  });
});
