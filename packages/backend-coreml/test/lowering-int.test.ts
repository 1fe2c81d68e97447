// int64, int32 and bool tensors in lowered Core ML programs: the MIL operations the lowering writes
// for them in the reference interpreter (reduce_argmax/argmin, topk, int32 reductions) against plain
// TypeScript references; the support rules that refuse int arithmetic, int64 values that may lie
// outside int32 and literals outside int32; and a hand-built partition with bool, int64 and rank-0
// inputs and outputs lowered, run through the backend on the reference host, checked element by element.
import { seededRandom } from '@kindling/backend-utils';
import { ConformanceZoo, type ManifestCase, type ManifestValue } from '@kindling/conformance-zoo';
import { ErrorCode, type EValue, KindlingError, ScalarType, Tag, Tensor } from '@kindling/core';
import { arg, Graph, tensorType, type Value } from '@kindling/ir';
import { lower, type Partition } from '@kindling/partitioner';
import { Module, portableKernels } from '@kindling/runtime';
import { describe, expect, test } from 'vitest';
import { coreml, MIL_OPS, referenceHost } from '../src/index.js';
import { OpArgs } from '../src/interpreter/op-args.js';
import type { MilDType, MilTensor } from '../src/interpreter/tensor.js';
import { coremlLowering, preprocessPartition, supportsNode } from '../src/partitioner.js';

const t = (dtype: MilDType, shape: number[], values: number[]): MilTensor => ({
  dtype,
  shape,
  data: dtype === 'fp32' || dtype === 'fp16' ? Float32Array.from(values) : Int32Array.from(values),
});

const run = (
  op: string,
  inputs: Record<string, MilTensor>,
  outputs: { dtype: MilDType; shape: number[] }[],
): MilTensor[] => {
  const bound = new Map(Object.entries(inputs).map(([k, v]) => [k, [v]]));
  return (MIL_OPS[op] as (a: OpArgs) => MilTensor[])(new OpArgs(op, 'out', bound, outputs));
};

/** Element (i, j) of a row-major [rows, cols] array. */
const at = (x: ArrayLike<number>, cols: number, i: number, j: number) => x[i * cols + j] as number;

describe('reference interpreter: index reductions and topk', () => {
  const random = seededRandom(0x1a7);
  // small integers: plenty of ties, which take the first index
  const values = Array.from({ length: 4 * 6 }, () => Math.floor(random() * 4));

  test('reduce_argmax / reduce_argmin: the first index of the largest / smallest element along the axis', () => {
    for (const [op, better] of [
      ['reduce_argmax', (a: number, b: number) => a > b],
      ['reduce_argmin', (a: number, b: number) => a < b],
    ] as const) {
      const x = t('fp32', [4, 6], values);
      const [rows] = run(op, { x, axis: t('int32', [], [1]), keep_dims: t('bool', [], [0]) }, []);
      const want = [0, 1, 2, 3].map((i) => {
        let best = 0;
        for (let j = 1; j < 6; j++) if (better(at(values, 6, i, j), at(values, 6, i, best))) best = j;
        return best;
      });
      expect(rows?.dtype).toBe('int32');
      expect(rows?.shape).toEqual([4]);
      expect(Array.from(rows?.data as Int32Array)).toEqual(want);
      const [cols] = run(op, { x, axis: t('int32', [], [0]), keep_dims: t('bool', [], [1]) }, []);
      expect(cols?.shape).toEqual([1, 6]);
      const wantCols = [0, 1, 2, 3, 4, 5].map((j) => {
        let best = 0;
        for (let i = 1; i < 4; i++) if (better(at(values, 6, i, j), at(values, 6, best, j))) best = i;
        return best;
      });
      expect(Array.from(cols?.data as Int32Array)).toEqual(wantCols);
    }
  });

  test('topk: the k largest (or smallest) along the axis, sorted, ties in index order, with int32 indices', () => {
    const x = t('fp32', [4, 6], values);
    for (const ascending of [false, true]) {
      const [v, i] = run(
        'topk',
        { x, k: t('int32', [], [3]), axis: t('int32', [], [-1]), ascending: t('bool', [], [ascending ? 1 : 0]) },
        [],
      );
      expect(v?.shape).toEqual([4, 3]);
      expect(i?.dtype).toBe('int32');
      for (let r = 0; r < 4; r++) {
        const order = [0, 1, 2, 3, 4, 5].sort((p, q) => {
          const d = at(values, 6, r, p) - at(values, 6, r, q);
          return (ascending ? d : -d) || p - q;
        });
        for (let j = 0; j < 3; j++) {
          expect(at(i?.data as Int32Array, 3, r, j)).toBe(order[j]);
          expect(at(v?.data as Float32Array, 3, r, j)).toBe(at(values, 6, r, order[j] as number));
        }
      }
    }
    // int32 values stay int32
    const ints = t('int32', [3], [2 ** 30 + 1, -(2 ** 31), 2 ** 31 - 1]);
    const [v] = run('topk', { x: ints, k: t('int32', [], [2]) }, []);
    expect(v?.dtype).toBe('int32');
    expect(Array.from(v?.data as Int32Array)).toEqual([2 ** 31 - 1, 2 ** 30 + 1]);
  });

  test('reduce_max / reduce_min of int32 values are exact int32 results', () => {
    const x = t('int32', [2, 2], [2 ** 31 - 1, 2 ** 31 - 2, -(2 ** 31), -(2 ** 31) + 1]);
    const args = { x, axes: t('int32', [1], [1]), keep_dims: t('bool', [], [0]) };
    const [max] = run('reduce_max', args, [{ dtype: 'int32', shape: [2] }]);
    const [min] = run('reduce_min', args, [{ dtype: 'int32', shape: [2] }]);
    expect(Array.from(max?.data as Int32Array)).toEqual([2 ** 31 - 1, -(2 ** 31) + 1]);
    expect(Array.from(min?.data as Int32Array)).toEqual([2 ** 31 - 2, -(2 ** 31)]);
  });
});

const reason = (r: ReturnType<typeof supportsNode>): string | null => (r.supported ? null : r.reason);
const i64 = (shape: number[]) => tensorType(ScalarType.Long, shape);
const f32 = (shape: number[]) => tensorType(ScalarType.Float, shape);
const bool = (shape: number[]) => tensorType(ScalarType.Bool, shape);

/** A constant int64 tensor of `values`. */
function longConstant(g: Graph, values: bigint[]): Value {
  const v = g.addConstant(i64([values.length]), new Uint8Array(BigInt64Array.from(values).buffer));
  return v;
}

describe('support rules for int and bool tensors', () => {
  test('int64 constants and literals outside int32 are refused', () => {
    const g = new Graph();
    const x = g.addInput(f32([2]));
    const small = longConstant(g, [5n, -7n]);
    const big = longConstant(g, [5n, 2n ** 31n]);
    const cmp = (c: Value) => g.addNode('aten.eq.Tensor', [arg.value(c), arg.value(c)], [bool([2])]);
    expect(reason(supportsNode(cmp(small)))).toBeNull();
    expect(reason(supportsNode(cmp(big)))).toMatch(/outside int32/);
    const scalar = (v: Value, s: bigint | number) =>
      reason(
        supportsNode(
          g.addNode('aten.gt.Scalar', [arg.value(v), typeof s === 'bigint' ? arg.int(s) : arg.float(s)], [bool([2])]),
        ),
      );
    expect(scalar(small, 3n)).toBeNull();
    expect(scalar(small, 2n ** 62n)).toMatch(/outside int32/);
    // torch compares an int tensor with a fractional scalar in floating point
    expect(scalar(small, 2.5)).toMatch(/fractional/);
    expect(scalar(x, 2.5)).toBeNull();
  });

  test('int64 values from the program inputs are refused except as indices', () => {
    const g = new Graph();
    const ids = g.addInput(i64([3]));
    const table = g.addInput(f32([10, 4]));
    expect(
      reason(supportsNode(g.addNode('aten.embedding.default', [arg.value(table), arg.value(ids)], [f32([3, 4])]))),
    ).toBeNull();
    expect(reason(supportsNode(g.addNode('aten.eq.Tensor', [arg.value(ids), arg.value(ids)], [bool([3])])))).toMatch(
      /int64 from the program's inputs/,
    );
    // an argmax result is an index: it fits int32, and may be compared or copied
    const x = g.addInput(f32([3, 5]));
    const am = g.addNode('aten.argmax.default', [arg.value(x), arg.int(1), arg.bool(false)], [i64([3])]);
    expect(reason(supportsNode(am))).toBeNull();
    const idx = am.outputs[0] as Value;
    expect(reason(supportsNode(g.addNode('aten.eq.Tensor', [arg.value(idx), arg.value(idx)], [bool([3])])))).toBeNull();
    // int32 inputs always fit
    const i32 = g.addInput(tensorType(ScalarType.Int, [3]));
    expect(reason(supportsNode(g.addNode('aten.lt.Tensor', [arg.value(i32), arg.value(i32)], [bool([3])])))).toBeNull();
  });

  test('mixed operand types, non-bool logic, gathers of another index shape and unsorted topk are refused', () => {
    const g = new Graph();
    const x = g.addInput(f32([3, 4]));
    const i = g.addInput(tensorType(ScalarType.Int, [3, 4]));
    const m = g.addInput(bool([3, 4]));
    const r = (op: string, args: Parameters<Graph['addNode']>[1], out: ReturnType<typeof f32>[]) =>
      reason(supportsNode(g.addNode(op, args, out)));
    expect(r('aten.lt.Tensor', [arg.value(x), arg.value(i)], [bool([3, 4])])).toMatch(/differ in type/);
    expect(r('aten.eq.Tensor', [arg.value(m), arg.value(m)], [bool([3, 4])])).toMatch(/bool/);
    expect(r('aten.logical_and.default', [arg.value(x), arg.value(m)], [bool([3, 4])])).toMatch(/not bool/);
    expect(r('aten.where.self', [arg.value(i), arg.value(x), arg.value(x)], [f32([3, 4])])).toMatch(/condition/);
    expect(r('aten.where.self', [arg.value(m), arg.value(x), arg.value(i)], [f32([3, 4])])).toMatch(/differ in type/);
    const small = g.addInput(tensorType(ScalarType.Int, [2, 4]));
    expect(r('aten.gather.out', [arg.value(x), arg.int(1), arg.value(small), arg.bool(false)], [f32([2, 4])])).toMatch(
      /outside the dim/,
    );
    expect(r('aten.gather.out', [arg.value(x), arg.int(1), arg.value(i), arg.bool(false)], [f32([3, 4])])).toBeNull();
    const topk = (sorted: boolean) =>
      reason(
        supportsNode(
          g.addNode(
            'aten.topk.values',
            [arg.value(x), arg.int(2), arg.int(-1), arg.bool(true), arg.bool(sorted)],
            [f32([3, 2]), i64([3, 2])],
          ),
        ),
      );
    expect(topk(true)).toBeNull();
    expect(topk(false)).toMatch(/unsorted/);
  });
});

describe('a partition with bool, int64 and rank-0 inputs and outputs', () => {
  // x: f32[4], s: f32[] (rank 0), m: bool[4], ids: i64[2] (indices)
  // outputs: x > s (bool[4]), where(m, x, s) (f32[4]), x[ids] (f32[2]), sum(x) (f32[]), argmax(x) (i64[])
  const g = new Graph();
  const x = g.addInput(f32([4]));
  const s = g.addInput(f32([]));
  const m = g.addInput(bool([4]));
  const ids = g.addInput(i64([2]));
  const nodes = [
    g.addNode('aten.gt.Tensor', [arg.value(x), arg.value(s)], [bool([4])]),
    g.addNode('aten.where.self', [arg.value(m), arg.value(x), arg.value(s)], [f32([4])]),
    g.addNode('aten.index_select.out', [arg.value(x), arg.int(0), arg.value(ids)], [f32([2])]),
    g.addNode('aten.sum.dim_IntList', [arg.value(x), arg.ints([0]), arg.bool(false)], [f32([])]),
    g.addNode('aten.argmax.default', [arg.value(x), arg.int(0), arg.bool(false)], [i64([])]),
  ];
  const outputs = nodes.map((n) => n.outputs[0] as Value);
  const partition: Partition = {
    index: 0,
    backendId: 'CoreMLBackend',
    graph: g,
    nodes,
    inputs: [x, s, m, ids],
    outputs,
    constants: [],
    toGraph: () => g,
  };
  const xs = [0.5, -2, 3.25, 1];
  const mask = [1, 0, 0, 1];
  const inputs = () => [
    Tensor.from('float32', [4], xs),
    Tensor.from('float32', [], [1]),
    Tensor.from('bool', [4], mask),
    Tensor.from('int64', [2], [2n, 0n]),
  ];
  const results = () => [
    Tensor.zeros('bool', [4]),
    Tensor.zeros('float32', [4]),
    Tensor.zeros('float32', [2]),
    Tensor.zeros('float32', []),
    Tensor.zeros('int64', []),
  ];
  const evalues = (ts: Tensor[]): EValue[] => ts.map((value) => ({ tag: Tag.Tensor, value }));
  const context = { methodName: 'forward', delegateIndex: 0, namedData: undefined, options: {} };

  for (const precision of ['float32', 'float16'] as const)
    test(`crosses as ExecuTorch's programs do and gives torch's results (${precision})`, async () => {
      for (const n of nodes) expect(reason(supportsNode(n)), n.op).toBeNull();
      const { processed, compileSpecs } = await preprocessPartition(partition, { precision });
      const backend = coreml({ host: referenceHost() });
      const handle = await backend.init(context as never, processed, compileSpecs ?? []);
      const outs = results();
      await backend.execute({} as never, handle, [...evalues(inputs()), ...evalues(outs)]);
      expect(outs.map((o) => o.sizes)).toEqual([[4], [4], [2], [], []]);
      expect(Array.from(outs[0]?.data as Uint8Array)).toEqual(xs.map((v) => (v > 1 ? 1 : 0)));
      expect(Array.from(outs[1]?.data as Float32Array)).toEqual(xs.map((v, k) => (mask[k] ? v : 1)));
      expect(Array.from(outs[2]?.data as Float32Array)).toEqual([xs[2], xs[0]]);
      expect(Array.from(outs[3]?.data as Float32Array)).toEqual([xs.reduce((a, b) => a + b, 0)]);
      expect(Array.from(outs[4]?.data as BigInt64Array)).toEqual([2n]);
      // int64 values outside int32 do not cross: InvalidArgument, the outputs untouched
      const bad = inputs();
      bad[3] = Tensor.from('int64', [2], [2n ** 40n, 0n]);
      const untouched = results();
      await expect(backend.execute({} as never, handle, [...evalues(bad), ...evalues(untouched)])).rejects.toSatisfy(
        (e: unknown) =>
          KindlingError.isInstance(e) && e.code === ErrorCode.InvalidArgument && /outside int32/.test(e.message),
      );
      backend.destroy?.(handle);
    });
});

describe('a partition of int32 values: amax, arange and a comparison', () => {
  // i: i32[2, 3] (large values, exact in int32); outputs amax(i, 1) (i32[2]) and i == arange(0, 3) (bool[2, 3])
  const g = new Graph();
  const i = g.addInput(tensorType(ScalarType.Int, [2, 3]));
  const range = g.addNode('aten.arange.start', [arg.int(0), arg.int(3), arg.int(1)], [i64([3])]);
  const nodes = [
    g.addNode('aten.amax.default', [arg.value(i), arg.ints([1]), arg.bool(false)], [tensorType(ScalarType.Int, [2])]),
    range,
    g.addNode('aten.eq.Tensor', [arg.value(i), arg.value(range.outputs[0] as Value)], [bool([2, 3])]),
  ];
  const partition: Partition = {
    index: 0,
    backendId: 'CoreMLBackend',
    graph: g,
    nodes,
    inputs: [i],
    outputs: [nodes[0]?.outputs[0] as Value, nodes[2]?.outputs[0] as Value],
    constants: [],
    toGraph: () => g,
  };
  const values = [2 ** 31 - 1, 1, 2 ** 31 - 2, 0, -(2 ** 31), 2];

  test('is taken and gives torch results in fp16 (int values are never fp16)', async () => {
    for (const n of nodes) expect(reason(supportsNode(n)), n.op).toBeNull();
    const { processed, compileSpecs } = await preprocessPartition(partition, { precision: 'float16' });
    const backend = coreml({ host: referenceHost() });
    const handle = await backend.init(
      { methodName: 'forward', delegateIndex: 0, namedData: undefined, options: {} } as never,
      processed,
      compileSpecs ?? [],
    );
    const max = Tensor.zeros('int32', [2]);
    const eq = Tensor.zeros('bool', [2, 3]);
    const args: EValue[] = [Tensor.from('int32', [2, 3], values), max, eq].map((value) => ({ tag: Tag.Tensor, value }));
    await backend.execute({} as never, handle, args);
    expect(Array.from(max.data as Int32Array)).toEqual([0, 1].map((r) => Math.max(...values.slice(3 * r, 3 * r + 3))));
    expect(Array.from(eq.data as Uint8Array)).toEqual(values.map((v, k) => (v === k % 3 ? 1 : 0)));
    backend.destroy?.(handle);
  });
});

describe("int64Inputs: 'int32' (ExecuTorch's partitioner's choice)", () => {
  const zoo = ConformanceZoo.open();
  const caseOf = (model: string) =>
    zoo.available({}).find((c) => c.model === model && c.flavour === 'portable') as ManifestCase;
  const run = async (c: ManifestCase, bytes: Uint8Array) => {
    const module = await Module.load(bytes, {
      backends: [coreml({ host: referenceHost() })],
      kernels: portableKernels,
    });
    try {
      const got = await module.execute('forward', zoo.inputs(c, 0));
      return got.map((g, i) => zoo.compare(c, g, c.steps[0]?.outputs[i] as ManifestValue).ok);
    } finally {
      await module.dispose();
    }
  };
  const delegated = (report: Awaited<ReturnType<typeof lower>>['report']) =>
    report.flatMap((m) => m.nodes).every((n) => n.backend === 'CoreMLBackend');

  test('comparisons of int64 inputs that fit int32: lowered whole only with the option, and exact', async () => {
    const c = caseOf('ops/compare/eq_lt_gt_ge');
    const bounded = await lower(zoo.programBytes(c), { backends: [coremlLowering()] });
    expect(delegated(bounded.report)).toBe(false);
    const loose = await lower(zoo.programBytes(c), { backends: [coremlLowering({ int64Inputs: 'int32' })] });
    expect(delegated(loose.report)).toBe(true);
    expect(await run(c, loose.bytes)).toEqual([true, true, true, true]);
  });

  test('int64 inputs outside int32: the bounded default gives torch results, the option an InvalidArgument', async () => {
    const c = caseOf('ops/int64/max_min_dim');
    const bounded = await lower(zoo.programBytes(c), { backends: [coremlLowering()] });
    expect((await run(c, bounded.bytes)).every((ok) => ok)).toBe(true);
    const loose = await lower(zoo.programBytes(c), { backends: [coremlLowering({ int64Inputs: 'int32' })] });
    expect(loose.report.flatMap((m) => m.nodes).some((n) => n.backend === 'CoreMLBackend')).toBe(true);
    await expect(run(c, loose.bytes)).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
  });

  test('a bad value is refused', () => {
    expect(() => coremlLowering({ int64Inputs: 'int64' as never })).toThrow(/int64Inputs/);
  });
});
