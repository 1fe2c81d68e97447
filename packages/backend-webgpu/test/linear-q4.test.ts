// et_vk.linear_q4gsw (4-bit weights in groups, ExecuTorch's q4gsw packing) against a TypeScript
// reference written here from the unpacked integer weights; its argument checks at load.
import { seededRandom } from '@kindling/backend-utils';
import { EValues, KindlingError, ScalarType, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { webgpu } from '../src/index.js';
import { prepareDelegate } from '../src/runtime/prepare.js';
import { VkDataType } from '../src/serialization/vk-graph.js';
import { nodeGpu } from './node-gpu.js';
import { noData } from './one-graph.js';
import { buildVkPayload, type TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

const random = seededRandom(4);
const rand = (n: number) => Float32Array.from({ length: n }, () => random() * 4 - 2);
const bytes = (a: Float32Array) => new Uint8Array(a.buffer.slice(0));

interface Q4Case {
  m: number;
  n: number;
  k: number;
  /** K padded (a multiple of 8 in ExecuTorch's packing). */
  kp: number;
  group: number;
  bias: boolean;
}

/** Integer weights q[n, kp] in [-8, 7] packed two a byte: low nibble even k, high nibble odd k. */
function pack(q: Int8Array, n: number, kp: number): Uint8Array {
  const out = new Uint8Array((n * kp) / 2);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < kp / 2; j++) {
      out[r * (kp / 2) + j] = ((q[r * kp + 2 * j + 1]! + 8) << 4) | (q[r * kp + 2 * j]! + 8);
    }
  }
  return out;
}

function graphOf(c: Q4Case, scaleDims = [c.k / c.group, c.n], packedDtype = VkDataType.UInt8): TestGraph {
  return {
    values: [
      { kind: 'tensor', dims: [c.m, c.k] },
      { kind: 'tensor', dims: [c.n, c.kp / 2], dtype: packedDtype, constant: 0 },
      { kind: 'tensor', dims: scaleDims, constant: 1 },
      { kind: 'int', value: c.group },
      c.bias ? { kind: 'tensor', dims: [c.n], constant: 2 } : { kind: 'null' },
      { kind: 'tensor', dims: [c.m, c.n] },
    ],
    chain: [{ name: 'et_vk.linear_q4gsw.default', args: [0, 1, 2, 3, 4, 5] }],
    inputs: [0],
    outputs: [5],
    constants: [],
  };
}

describe.skipIf(!gpu)(`linear_q4gsw on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  const cases: Q4Case[] = [
    { m: 3, n: 5, k: 64, kp: 64, group: 32, bias: false },
    { m: 2, n: 7, k: 48, kp: 48, group: 16, bias: true },
    // K padded from 20 to 24: the padding values are never read
    { m: 4, n: 3, k: 20, kp: 24, group: 4, bias: true },
  ];
  for (const c of cases) {
    test(`M ${c.m}, N ${c.n}, K ${c.k} (padded ${c.kp}), groups of ${c.group}${c.bias ? ', bias' : ''}`, async () => {
      const q = Int8Array.from({ length: c.n * c.kp }, () => Math.floor(random() * 16) - 8);
      const scales = Float32Array.from({ length: (c.k / c.group) * c.n }, () => 0.01 + random() * 0.1);
      const bias = rand(c.n);
      const x = rand(c.m * c.k);
      const g = graphOf(c);
      g.constants = [{ raw: pack(q, c.n, c.kp) }, { raw: bytes(scales) }, ...(c.bias ? [{ raw: bytes(bias) }] : [])];
      const backend = webgpu({ gpu: gpu! });
      const ctx = { methodName: 'forward', delegateIndex: 0, namedData: noData, options: {} };
      const handle = await backend.init(ctx, buildVkPayload(g), []);
      const out = Tensor.zeros(ScalarType.Float, [c.m, c.n]);
      await backend.execute({ methodName: 'forward' }, handle, [
        EValues.tensor(Tensor.from(ScalarType.Float, [c.m, c.k], x)),
        EValues.tensor(out),
      ]);
      backend.destroy?.(handle);
      const got = out.data as Float32Array;
      for (let i = 0; i < c.m; i++) {
        for (let j = 0; j < c.n; j++) {
          let want = c.bias ? bias[j]! : 0;
          for (let k = 0; k < c.k; k++)
            want += x[i * c.k + k]! * q[j * c.kp + k]! * scales[Math.floor(k / c.group) * c.n + j]!;
          const v = got[i * c.n + j]!;
          if (!(Math.abs(v - want) <= 1e-5 * (1 + Math.abs(want)))) {
            throw new Error(`[${i}, ${j}]: got ${v}, expected ${want}`);
          }
        }
      }
    });
  }
});

describe('linear_q4gsw validates its arguments at load', () => {
  const base: Q4Case = { m: 2, n: 4, k: 32, kp: 32, group: 16, bias: false };
  const errorOf = (g: TestGraph): KindlingError => {
    g.constants = [{ raw: new Uint8Array((base.n * base.kp) / 2) }, { raw: new Uint8Array(4 * 2 * 4) }];
    try {
      prepareDelegate(buildVkPayload(g), noData);
    } catch (e) {
      expect(KindlingError.isInstance(e), String(e)).toBe(true);
      return e as KindlingError;
    }
    throw new Error('expected a KindlingError');
  };
  test('a group size that does not divide K', () => {
    expect(errorOf(graphOf({ ...base, group: 5 }, [2, 4])).message).toMatch(/group size 5/);
  });
  test('scales of the wrong shape', () => {
    expect(errorOf(graphOf(base, [4, 2])).message).toMatch(/scales \[4,2\]/);
  });
  test('weights that are not UINT8', () => {
    expect(errorOf(graphOf(base, [2, 4], VkDataType.Int32)).message).toMatch(/UINT8/);
  });
  test('UINT8 weights read by another node', () => {
    const g = graphOf(base);
    g.chain = [{ name: 'aten.relu.default', args: [1, 5] }];
    expect(errorOf(g).message).toMatch(/UINT8 packed weights/);
  });
});
