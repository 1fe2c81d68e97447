// Dynamic shapes and the tiny Llama's node types: et_vk.rms_norm, aten.index.Tensor and
// aten.<cmp>.Tensor compared with TypeScript references written here; graphs whose calls pass input
// shapes or SymInt values other than the payload's (sym_size.int, view_copy sizes from SymInts,
// outputs resized, SymInt outputs); malformed arguments of the new nodes give a KindlingError.
import { seededRandom } from '@kindling/backend-utils';
import { ErrorCode, type EValue, EValues, KindlingError, ScalarType, Tag, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { webgpu } from '../src/index.js';
import { prepareDelegate } from '../src/runtime/prepare.js';
import { nodeGpu } from './node-gpu.js';
import { noData } from './one-graph.js';
import { buildVkPayload, type TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

const random = seededRandom(1818);
const rand = (n: number) => Float32Array.from({ length: n }, () => random() * 4 - 2);
const bytes = (a: Float32Array) => new Uint8Array(a.buffer.slice(0));
const ctx = { methodName: 'forward', delegateIndex: 0, namedData: noData, options: {} };

function expectClose(got: ArrayLike<number>, want: ArrayLike<number>, tol = 1e-5): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < got.length; i++) {
    const w = want[i]!;
    if (!(Math.abs(got[i]! - w) <= tol * (1 + Math.abs(w)))) {
      throw new Error(`element ${i}: got ${got[i]}, expected ${w}`);
    }
  }
}

function errorOf(f: () => unknown): KindlingError {
  try {
    f();
  } catch (e) {
    expect(KindlingError.isInstance(e), String(e)).toBe(true);
    return e as KindlingError;
  }
  throw new Error('expected a KindlingError');
}

/** Runs a graph once with `inputs`; its single output is float (or bool) of the output value's dims. */
async function runOnce(g: TestGraph, inputs: Tensor[], dtype = ScalarType.Float): Promise<Tensor> {
  const backend = webgpu({ gpu: gpu! });
  const handle = await backend.init(ctx, buildVkPayload(g), []);
  const outV = g.values[g.outputs[0]!]!;
  if (outV.kind !== 'tensor') throw new Error('output is not a tensor');
  const out = Tensor.zeros(dtype, outV.dims);
  await backend.execute({ methodName: 'forward' }, handle, [...inputs.map(EValues.tensor), EValues.tensor(out)]);
  backend.destroy?.(handle);
  return out;
}

function rmsNormRef(x: Float32Array, w: Float32Array, size: number, eps: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < x.length / size; r++) {
    let s = 0;
    for (let j = 0; j < size; j++) s += x[r * size + j]! ** 2;
    const scale = 1 / Math.sqrt(s / size + eps);
    for (let j = 0; j < size; j++) out.push(x[r * size + j]! * scale * w[j]!);
  }
  return out;
}

describe.skipIf(!gpu)(`tiny Llama nodes on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  test('et_vk.rms_norm over the last dimension, with a weight', async () => {
    const x = rand(3 * 10);
    const w = rand(10);
    const got = await runOnce(
      {
        values: [
          { kind: 'tensor', dims: [3, 10] },
          { kind: 'tensor', dims: [10], constant: 0 },
          { kind: 'double', value: 1e-5 },
          { kind: 'tensor', dims: [3, 10] },
        ],
        chain: [{ name: 'et_vk.rms_norm.default', args: [0, 1, 2, 3] }],
        inputs: [0],
        outputs: [3],
        constants: [{ raw: bytes(w) }],
      },
      [Tensor.from(ScalarType.Float, [3, 10], x)],
    );
    expectClose(got.data as Float32Array, rmsNormRef(x, w, 10, 1e-5), 2e-6);
  });

  test('aten.index.Tensor along dim 0: negative ids from the end, an id out of range gives zeros', async () => {
    const x = rand(5 * 3);
    const ids = [4n, -1n, 7n, 0n, -6n];
    const got = await runOnce(
      {
        values: [
          { kind: 'tensor', dims: [5, 3], constant: 0 },
          { kind: 'tensor', dims: [5], dtype: 3 },
          { kind: 'list', value: [1] },
          { kind: 'tensor', dims: [5, 3] },
        ],
        chain: [{ name: 'aten.index.Tensor', args: [0, 2, 3] }],
        inputs: [1],
        outputs: [3],
        constants: [{ raw: bytes(x) }],
      },
      [Tensor.from(ScalarType.Long, [5], BigInt64Array.from(ids))],
    );
    const want = ids.flatMap((id) => {
      const r = id < 0n ? Number(id) + 5 : Number(id);
      return r >= 0 && r < 5 ? Array.from(x.subarray(r * 3, r * 3 + 3)) : [0, 0, 0];
    });
    expectClose(got.data as Float32Array, want, 0);
  });

  test('aten.index.Tensor along dim 1 (a null entry first), a 2-D index tensor', async () => {
    const x = rand(2 * 4 * 3);
    const ids = [3n, 0n, 1n, 1n];
    const got = await runOnce(
      {
        values: [
          { kind: 'tensor', dims: [2, 4, 3] },
          { kind: 'tensor', dims: [2, 2], dtype: 3 },
          { kind: 'null' },
          { kind: 'list', value: [2, 1] },
          { kind: 'tensor', dims: [2, 2, 2, 3] },
        ],
        chain: [{ name: 'aten.index.Tensor', args: [0, 3, 4] }],
        inputs: [0, 1],
        outputs: [4],
        constants: [],
      },
      [Tensor.from(ScalarType.Float, [2, 4, 3], x), Tensor.from(ScalarType.Long, [2, 2], BigInt64Array.from(ids))],
    );
    const want: number[] = [];
    for (let o = 0; o < 2; o++) {
      for (const id of ids) want.push(...x.subarray((o * 4 + Number(id)) * 3, (o * 4 + Number(id)) * 3 + 3));
    }
    expectClose(got.data as Float32Array, want, 0);
  });

  const comparisons: [string, (a: number, b: number) => boolean][] = [
    ['eq', (a, b) => a === b],
    ['ne', (a, b) => a !== b],
    ['lt', (a, b) => a < b],
    ['le', (a, b) => a <= b],
    ['gt', (a, b) => a > b],
    ['ge', (a, b) => a >= b],
  ];
  for (const [name, ref] of comparisons) {
    test(`aten.${name}.Tensor: int64 operands [1, 5] and [4, 1] broadcast, float operands [2, 3] and [3]`, async () => {
      const a = [0n, 1n, 2n, 3n, -4n];
      const b = [2n, -4n, 0n, 7n];
      const ints = await runOnce(
        {
          values: [
            { kind: 'tensor', dims: [1, 5], dtype: 3 },
            { kind: 'tensor', dims: [4, 1], dtype: 3 },
            { kind: 'tensor', dims: [4, 5], dtype: 0 },
          ],
          chain: [{ name: `aten.${name}.Tensor`, args: [0, 1, 2] }],
          inputs: [0, 1],
          outputs: [2],
          constants: [],
        },
        [
          Tensor.from(ScalarType.Long, [1, 5], BigInt64Array.from(a)),
          Tensor.from(ScalarType.Long, [4, 1], BigInt64Array.from(b)),
        ],
        ScalarType.Bool,
      );
      const want = b.flatMap((y) => a.map((x) => (ref(Number(x), Number(y)) ? 1 : 0)));
      expect(Array.from(ints.data as Uint8Array)).toEqual(want);
      const fa = Float32Array.from([0.5, -1, 2, 2, 3, -0.25]);
      const fb = Float32Array.from([0.5, 2, -1]);
      const floats = await runOnce(
        {
          values: [
            { kind: 'tensor', dims: [2, 3] },
            { kind: 'tensor', dims: [3] },
            { kind: 'tensor', dims: [2, 3], dtype: 0 },
          ],
          chain: [{ name: `aten.${name}.Tensor`, args: [0, 1, 2] }],
          inputs: [0, 1],
          outputs: [2],
          constants: [],
        },
        [Tensor.from(ScalarType.Float, [2, 3], fa), Tensor.from(ScalarType.Float, [3], fb)],
        ScalarType.Bool,
      );
      expect(Array.from(floats.data as Uint8Array)).toEqual(Array.from(fa, (x, i) => (ref(x, fb[i % 3]!) ? 1 : 0)));
    });
  }
});

/**
 * x[1, s, 4] (s up to 8) -> sym_size(x, 1) -> view [s, 4] -> linear (5 outputs) -> unsqueeze 0:
 * out[1, s, 5], and the SymInt s as an output.
 */
function dynamicLinear(w: Float32Array): TestGraph {
  return {
    values: [
      { kind: 'tensor', dims: [1, 8, 4] },
      { kind: 'int', value: 1 },
      { kind: 'symint' },
      { kind: 'int', value: 4 },
      { kind: 'list', value: [2, 3] },
      { kind: 'tensor', dims: [8, 4] },
      { kind: 'tensor', dims: [5, 4], constant: 0 },
      { kind: 'null' },
      { kind: 'tensor', dims: [8, 5] },
      { kind: 'int', value: 0 },
      { kind: 'tensor', dims: [1, 8, 5] },
    ],
    chain: [
      { name: 'sym_size.int', args: [0, 1, 2] },
      { name: 'aten.view_copy.default', args: [0, 4, 5] },
      { name: 'aten.linear.default', args: [5, 6, 7, 8] },
      { name: 'aten.unsqueeze_copy.default', args: [8, 9, 10] },
    ],
    inputs: [0],
    outputs: [2, 10],
    constants: [{ raw: bytes(w) }],
  };
}

/** x[1, 8, 4] and a SymInt s -> view [s, 4] (sizes from the SymInt input) -> relu. */
const symIntInput: TestGraph = {
  values: [
    { kind: 'tensor', dims: [1, 8, 4] },
    { kind: 'symint' },
    { kind: 'int', value: 4 },
    { kind: 'list', value: [1, 2] },
    { kind: 'tensor', dims: [8, 4] },
    { kind: 'tensor', dims: [8, 4] },
  ],
  chain: [
    { name: 'aten.view_copy.default', args: [0, 3, 4] },
    { name: 'aten.relu.default', args: [4, 5] },
  ],
  inputs: [0, 1],
  outputs: [5],
  constants: [],
};

describe.skipIf(!gpu)(`dynamic shapes on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  test('one delegate called with 3, 8, 1 and 3 rows: outputs resized, the SymInt output set', async () => {
    const w = rand(5 * 4);
    const backend = webgpu({ gpu: gpu! });
    const handle = await backend.init(ctx, buildVkPayload(dynamicLinear(w)), []);
    for (const s of [3, 8, 1, 3]) {
      const x = rand(s * 4);
      const out = Tensor.zeros(ScalarType.Float, [1, 8, 5]);
      const args: EValue[] = [
        EValues.tensor(Tensor.from(ScalarType.Float, [1, s, 4], x)),
        EValues.int(0),
        EValues.tensor(out),
      ];
      await backend.execute({ methodName: 'forward' }, handle, args);
      expect(args[1]).toEqual({ tag: Tag.Int, value: s });
      expect(out.sizes).toEqual([1, s, 5]);
      const want: number[] = [];
      for (let r = 0; r < s; r++) {
        for (let n = 0; n < 5; n++) {
          let acc = 0;
          for (let k = 0; k < 4; k++) acc += x[r * 4 + k]! * w[n * 4 + k]!;
          want.push(acc);
        }
      }
      expectClose(out.data as Float32Array, want);
    }
    backend.destroy?.(handle);
  });

  test('a SymInt input sizes a view; a SymInt that does not fit the input fails with a KindlingError', async () => {
    const backend = webgpu({ gpu: gpu! });
    const handle = await backend.init(ctx, buildVkPayload(symIntInput), []);
    const x = rand(3 * 4);
    const out = Tensor.zeros(ScalarType.Float, [8, 4]);
    const input = EValues.tensor(Tensor.from(ScalarType.Float, [1, 3, 4], x));
    await backend.execute({ methodName: 'forward' }, handle, [input, EValues.int(3), EValues.tensor(out)]);
    expect(out.sizes).toEqual([3, 4]);
    expectClose(
      out.data as Float32Array,
      Array.from(x, (v) => Math.max(v, 0)),
      0,
    );
    const bad = backend.execute({ methodName: 'forward' }, handle, [input, EValues.int(2), EValues.tensor(out)]);
    await expect(bad).rejects.toSatisfy((e: unknown) => KindlingError.isInstance(e) && /elements/.test(e.message));
    // argument checks throw before anything is queued
    expect(() =>
      backend.execute({ methodName: 'forward' }, handle, [input, EValues.double(3), EValues.tensor(out)]),
    ).toThrow(expect.objectContaining({ code: ErrorCode.InvalidArgument }));
    backend.destroy?.(handle);
  });

  test('an input larger than the payload declares, or of another rank, fails with InvalidArgument', async () => {
    const backend = webgpu({ gpu: gpu! });
    const handle = await backend.init(ctx, buildVkPayload(dynamicLinear(rand(20))), []);
    for (const dims of [
      [1, 9, 4],
      [9, 4],
    ]) {
      const x = Tensor.zeros(ScalarType.Float, dims);
      const args = [EValues.tensor(x), EValues.int(0), EValues.tensor(Tensor.zeros(ScalarType.Float, [1, 8, 5]))];
      expect(() => backend.execute({ methodName: 'forward' }, handle, args)).toThrow(
        expect.objectContaining({ code: ErrorCode.InvalidArgument }),
      );
    }
    backend.destroy?.(handle);
  });
});

describe('the new nodes validate their arguments at load', () => {
  const plan = (g: TestGraph) => prepareDelegate(buildVkPayload(g), noData);
  test('the tiny Llama graphs plan with their SymInt inputs unknown', () => {
    expect(plan(dynamicLinear(rand(20))).plan.dispatches.map((d) => d.shader)).toEqual(['linear_vec4']);
    expect(plan(symIntInput).plan.dispatches.map((d) => d.shader)).toEqual(['unary']);
  });
  test('rms_norm with a weight of the wrong size', () => {
    const e = errorOf(() =>
      plan({
        values: [
          { kind: 'tensor', dims: [3, 10] },
          { kind: 'tensor', dims: [9] },
          { kind: 'double', value: 1e-5 },
          { kind: 'tensor', dims: [3, 10] },
        ],
        chain: [{ name: 'et_vk.rms_norm.default', args: [0, 1, 2, 3] }],
        inputs: [0, 1],
        outputs: [3],
        constants: [],
      }),
    );
    expect(e.message).toMatch(/weight \[9\]/);
    expect(e.context).toMatchObject({ operator: 'et_vk.rms_norm.default' });
  });
  test('index.Tensor with two index tensors, or float indices', () => {
    const g = (list: number[], idsDtype: number): TestGraph => ({
      values: [
        { kind: 'tensor', dims: [5, 3] },
        { kind: 'tensor', dims: [2], dtype: idsDtype },
        { kind: 'list', value: list },
        { kind: 'tensor', dims: [2, 3] },
      ],
      chain: [{ name: 'aten.index.Tensor', args: [0, 2, 3] }],
      inputs: [0, 1],
      outputs: [3],
      constants: [],
    });
    expect(errorOf(() => plan(g([1, 1], 3))).message).toMatch(/exactly one is supported/);
    expect(errorOf(() => plan(g([1], 5))).message).toMatch(/INT32/);
  });
  test('a comparison of a float and an int tensor, or into a float output', () => {
    const g = (bDtype: number, outDtype: number): TestGraph => ({
      values: [
        { kind: 'tensor', dims: [3] },
        { kind: 'tensor', dims: [3], dtype: bDtype },
        { kind: 'tensor', dims: [3], dtype: outDtype },
      ],
      chain: [{ name: 'aten.le.Tensor', args: [0, 1, 2] }],
      inputs: [0, 1],
      outputs: [2],
      constants: [],
    });
    expect(errorOf(() => plan(g(3, 0))).message).toMatch(/must both be FLOAT32 or both INT32/);
    expect(errorOf(() => plan(g(5, 5))).message).toMatch(/must be BOOL/);
  });
  test('sym_size into a tensor, or of a dimension out of range', () => {
    const g = (dim: number, outKind: 'symint' | 'tensor'): TestGraph => ({
      values: [
        { kind: 'tensor', dims: [2, 3] },
        { kind: 'int', value: dim },
        outKind === 'symint' ? { kind: 'symint' } : { kind: 'tensor', dims: [1] },
        { kind: 'tensor', dims: [2, 3] },
      ],
      chain: [
        { name: 'sym_size.int', args: [0, 1, 2] },
        { name: 'aten.relu.default', args: [0, 3] },
      ],
      inputs: [0],
      outputs: [3],
      constants: [],
    });
    expect(errorOf(() => plan(g(1, 'tensor'))).message).toMatch(/must be a SymInt/);
    expect(errorOf(() => plan(g(2, 'symint'))).message).toMatch(/out of range/);
  });
  test('a graph output SymInt that no node writes', () => {
    const e = errorOf(() =>
      plan({
        values: [{ kind: 'tensor', dims: [2] }, { kind: 'symint' }, { kind: 'tensor', dims: [2] }],
        chain: [{ name: 'aten.relu.default', args: [0, 2] }],
        inputs: [0],
        outputs: [1, 2],
        constants: [],
      }),
    );
    expect(e.message).toMatch(/never written/);
  });
});
