// The float math, activation, reduction and normalization operators of the Core ML lowering: which
// zoo programs they lower whole (the values are checked against ExecuTorch's recorded outputs by
// lowering.test.ts), the MIL they become, the nodes they refuse, and the reference interpreter's
// cumsum (and the other MIL operations they are written with) on small hand-computed cases.

import { ConformanceZoo } from '@kindling/conformance-zoo';
import { ScalarType } from '@kindling/core';
import { arg, CALL_DELEGATE, Graph, importProgram, PteFile, tensorType } from '@kindling/ir';
import type { Partition } from '@kindling/partitioner';
import { lower } from '@kindling/partitioner';
import { describe, expect, test } from 'vitest';
import { MIL_OPS, prepareFunction, readCoreMLPayload, runFunction } from '../src/index.js';
import { OpArgs } from '../src/interpreter/op-args.js';
import type { MilDType, MilTensor } from '../src/interpreter/tensor.js';
import { type CoreMLPrecision, coremlLowering, preprocessPartition, supportsNode } from '../src/partitioner.js';

const zoo = ConformanceZoo.open();

/** Zoo programs of this operator group that the lowering takes whole, and MIL operations each must (not) hold. */
const WHOLE: Readonly<Record<string, { has: string[]; not?: string[] }>> = {
  'ops/elu/alpha': { has: ['elu'] },
  'ops/elu/default': { has: ['elu'] },
  'ops/erf/rank4': { has: ['erf'] },
  'ops/erf/vec7': { has: ['erf'] },
  'ops/log10/positive': { has: ['log', 'mul'] },
  'ops/neg/rank4': { has: ['mul'] },
  'ops/neg/vec7': { has: ['mul'] },
  'ops/pow/cube': { has: ['mul'], not: ['pow'] },
  'ops/pow/square': { has: ['mul'], not: ['pow'] },
  'ops/remainder/float': { has: ['floor_div', 'mul', 'sub'] },
  'ops/prod/dim1': { has: ['reduce_prod'] },
  'ops/prod/neg_keepdim': { has: ['reduce_prod'] },
  'ops/cumsum/dim1': { has: ['cumsum'] },
  'ops/group_norm/g1_rank3_noaffine': { has: ['reshape', 'reduce_mean', 'square', 'sqrt', 'real_div'], not: ['mul'] },
  'ops/group_norm/g2_rank4': { has: ['reshape', 'reduce_mean', 'square', 'sqrt', 'real_div', 'mul', 'add'] },
  'ops/batch_norm/training_no_stats': { has: ['reduce_mean', 'square', 'sqrt', 'real_div'], not: ['batch_norm'] },
  'ops/instance_norm/noaffine': { has: ['reduce_mean', 'square', 'sqrt', 'real_div'] },
  'ops/batch_norm1d/rank2': { has: ['expand_dims', 'batch_norm', 'squeeze'] },
  'ops/instance_norm/affine': { has: ['tile', 'reduce_mean', 'real_div', 'mul', 'add'] },
  'ops/round/halves': { has: ['floor', 'greater', 'equal', 'select'], not: ['round'] },
};

describe('zoo programs lowered whole', () => {
  for (const [model, want] of Object.entries(WHOLE)) {
    for (const precision of ['float16', 'float32'] as const) {
      test(`${model} (${precision})`, async () => {
        const c = zoo.available({}).find((x) => x.model === model && x.flavour === 'portable');
        if (!c) throw new Error(`no portable case of ${model}`);
        const { bytes } = await lower(zoo.programBytes(c), { backends: [coremlLowering({ precision })] });
        const file = PteFile.read(bytes);
        const left = importProgram(file).flatMap((g) => g.nodes.filter((n) => n.op !== CALL_DELEGATE));
        expect(left.map((n) => n.op)).toEqual([]);
        const types = new Set<string>();
        for (const d of file.plan('forward').delegates) {
          const p = readCoreMLPayload(file.delegatePayload(d));
          for (const o of p.model.mlProgram?.functions.get('main')?.blockSpecializations.get('CoreML5')?.operations ??
            [])
            types.add(o.type);
        }
        for (const t of want.has) expect(types, `${model} writes ${t}`).toContain(t);
        for (const t of want.not ?? []) expect(types, `${model} does not write ${t}`).not.toContain(t);
      });
    }
  }
});

const f32 = (shape: number[]) => tensorType(ScalarType.Float, shape);
const reason = (r: ReturnType<typeof supportsNode>): string | null => (r.supported ? null : r.reason);

describe('refused nodes', () => {
  test('pow: only literal integer exponents 1 to 4 (Core ML pow is not exact and may not take negative bases)', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 3]));
    const pow = (e: ReturnType<typeof arg.int>) =>
      reason(supportsNode(g.addNode('aten.pow.Tensor_Scalar', [arg.value(x), e], [f32([2, 3])])));
    for (const e of [1, 2, 3, 4]) expect(pow(arg.int(e))).toBeNull();
    expect(pow(arg.float(2))).toBeNull();
    expect(pow(arg.float(2.5))).toMatch(/exponent 2.5/);
    expect(pow(arg.int(5))).toMatch(/exponent 5/);
    expect(pow(arg.int(0))).toMatch(/exponent 0/);
    expect(pow(arg.int(-1))).toMatch(/exponent -1/);
    expect(pow(arg.none())).toMatch(/not a literal/);
  });

  test('elu with a scale or input scale other than 1', () => {
    const g = new Graph();
    const x = g.addInput(f32([4]));
    const elu = (...rest: ReturnType<typeof arg.int>[]) =>
      reason(supportsNode(g.addNode('aten.elu.out', [arg.value(x), ...rest], [f32([4])])));
    expect(elu(arg.float(0.5), arg.int(1), arg.int(1))).toBeNull();
    expect(elu(arg.float(0.5), arg.float(1.0507), arg.int(1))).toMatch(/scale/);
    expect(elu(arg.float(0.5), arg.int(1), arg.float(2))).toMatch(/scale/);
    expect(elu(arg.none())).toMatch(/alpha/);
  });

  test('prod and cumsum with a dtype or without a literal dim; tensors that are not float32', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 3]));
    const i = g.addInput(tensorType(ScalarType.Int, [2, 3]));
    const node = (op: string, args: ReturnType<typeof arg.int>[], out: number[], input = x, dtype = ScalarType.Float) =>
      reason(supportsNode(g.addNode(op, [arg.value(input), ...args], [tensorType(dtype, out)])));
    expect(node('aten.prod.int_out', [arg.int(1), arg.bool(false), arg.none()], [2])).toBeNull();
    expect(node('aten.prod.int_out', [arg.int(1), arg.bool(false), arg.int(6)], [2])).toMatch(/dtype/);
    expect(node('aten.prod.out', [arg.int(6)], [1])).toMatch(/dtype/);
    expect(node('aten.cumsum.out', [arg.int(-1), arg.none()], [2, 3])).toBeNull();
    expect(node('aten.cumsum.out', [arg.int(-1), arg.int(6)], [2, 3])).toMatch(/dtype/);
    expect(node('aten.cumsum.out', [arg.none(), arg.none()], [2, 3])).toMatch(/dim/);
    expect(node('aten.cumsum.out', [arg.int(1), arg.none()], [2, 3], i, ScalarType.Int)).toMatch(/integer tensor/);
    expect(node('aten.neg.default', [], [2, 3], i, ScalarType.Int)).toMatch(/integer tensor/);
    expect(node('aten.remainder.Scalar_out', [arg.none()], [2, 3])).toMatch(/divisor/);
  });

  test('group norm: 2 to 4 dimensions, groups dividing the channels, unread mean and rstd', () => {
    const g = new Graph();
    const context = { graph: g } as Parameters<typeof supportsNode>[1];
    const groupNorm = (shape: number[], groups: number, weight = arg.none()) => {
      const x = g.addInput(f32(shape));
      const [n, c] = shape as [number, number];
      const hw = shape.slice(2).reduce((a, b) => a * b, 1);
      return g.addNode(
        'aten.native_group_norm.out',
        [arg.value(x), weight, arg.none(), arg.int(n), arg.int(c), arg.int(hw), arg.int(groups), arg.float(1e-5)],
        [f32(shape), f32([n, groups]), f32([n, groups])],
      );
    };
    expect(reason(supportsNode(groupNorm([2, 4, 3, 3], 2), context))).toBeNull();
    expect(reason(supportsNode(groupNorm([2, 4, 3, 3, 2], 2), context))).toMatch(/2 to 4 dimensions/);
    expect(reason(supportsNode(groupNorm([2, 6, 3], 4), context))).toMatch(/groups/);
    const w = g.addInput(f32([3]));
    expect(reason(supportsNode(groupNorm([2, 4, 3], 2, arg.value(w)), context))).toMatch(/per channel/);
    const read = groupNorm([2, 4, 3], 2);
    g.addNode('aten.relu.default', [arg.value(read.outputs[1]!)], [f32([2, 2])]);
    expect(reason(supportsNode(read, context))).toMatch(/is read/);
  });

  test('repeat: literal counts of at least 1, at least one per dimension', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 3]));
    const repeat = (reps: number[], out: number[]) =>
      reason(supportsNode(g.addNode('aten.repeat.out', [arg.value(x), arg.ints(reps)], [f32(out)])));
    expect(repeat([2, 1], [4, 3])).toBeNull();
    expect(repeat([2, 1, 2], [2, 2, 6])).toBeNull();
    expect(repeat([2], [4, 3])).toMatch(/fewer repeats/);
    expect(repeat([0, 1], [0, 3])).toMatch(/below 1|empty/);
  });

  test('batch norm with batch statistics: training true and a literal eps', () => {
    const g = new Graph();
    const context = { graph: g } as Parameters<typeof supportsNode>[1];
    const x = g.addInput(f32([3, 4, 2]));
    const bn = (training: boolean, eps = arg.float(1e-3)) =>
      reason(
        supportsNode(
          g.addNode(
            'aten._native_batch_norm_legit.no_stats_out',
            [arg.value(x), arg.none(), arg.none(), arg.bool(training), arg.float(0.1), eps],
            [f32([3, 4, 2]), f32([4]), f32([4])],
          ),
          context,
        ),
      );
    expect(bn(true)).toBeNull();
    expect(bn(false)).toMatch(/training/);
    expect(bn(true, arg.none())).toMatch(/eps/);
  });
});

/** Runs MIL operation `op` of the reference interpreter on `inputs`, declaring output type `out`. */
function run(op: string, inputs: Record<string, MilTensor>, out: { dtype: MilDType; shape: number[] }): MilTensor {
  const f = MIL_OPS[op];
  if (!f) throw new Error(`no ${op}`);
  const bound = new Map(Object.entries(inputs).map(([k, v]) => [k, [v]] as const));
  return f(new OpArgs(op, 'y', bound, [out]))[0] as MilTensor;
}

const t = (dtype: MilDType, shape: number[], values: number[]): MilTensor => ({
  dtype,
  shape,
  data: dtype === 'int32' || dtype === 'bool' ? Int32Array.from(values) : Float32Array.from(values),
});
const i32 = (v: number) => t('int32', [], [v]);
const flag = (v: boolean) => t('bool', [], [v ? 1 : 0]);

describe('reference interpreter: cumsum', () => {
  const x = t('fp32', [2, 3], [1, 2, 3, 4, 5, 6]);
  const out = { dtype: 'fp32' as const, shape: [2, 3] };
  const cumsum = (extra: Record<string, MilTensor>, input = x) => [...run('cumsum', { x: input, ...extra }, out).data];

  test('inclusive along each axis (axis 0 by default, negative axes from the end)', () => {
    expect(cumsum({})).toEqual([1, 2, 3, 5, 7, 9]);
    expect(cumsum({ axis: i32(1) })).toEqual([1, 3, 6, 4, 9, 15]);
    expect(cumsum({ axis: i32(-1) })).toEqual([1, 3, 6, 4, 9, 15]);
  });

  test('exclusive and reverse', () => {
    expect(cumsum({ axis: i32(1), exclusive: flag(true) })).toEqual([0, 1, 3, 0, 4, 9]);
    expect(cumsum({ axis: i32(1), reverse: flag(true) })).toEqual([6, 5, 3, 15, 11, 6]);
    expect(cumsum({ axis: i32(1), exclusive: flag(true), reverse: flag(true) })).toEqual([5, 3, 0, 11, 6, 0]);
    expect(cumsum({ axis: i32(0), exclusive: flag(true), reverse: flag(true) })).toEqual([4, 5, 6, 0, 0, 0]);
  });

  test('a middle axis of a rank-3 tensor', () => {
    const y = t('fp32', [2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
    const r = run('cumsum', { x: y, axis: i32(1) }, { dtype: 'fp32', shape: [2, 2, 2] });
    expect([...r.data]).toEqual([1, 2, 4, 6, 5, 6, 12, 14]);
  });

  test('int32 sums wrap; fp16 results are fp16 numbers', () => {
    const big = run('cumsum', { x: t('int32', [3], [2147483647, 1, 1]) }, { dtype: 'int32', shape: [3] });
    expect(big.dtype).toBe('int32');
    expect([...big.data]).toEqual([2147483647, -2147483648, -2147483647]);
    const h = run('cumsum', { x: t('fp16', [2], [0.1, 0.2]) }, { dtype: 'fp16', shape: [2] });
    // the fp16 numbers nearest 0.1 and 0.3
    expect([...h.data]).toEqual([0.0999755859375, 0.300048828125]);
  });

  test('a bad axis or a string tensor is a KindlingError', () => {
    expect(() => cumsum({ axis: i32(2) })).toThrow(/axis 2 is out of range/);
    expect(() => run('cumsum', { x: { dtype: 'string', shape: [1], data: ['a'] } }, out)).toThrow(
      /string|float or int32/,
    );
  });
});

describe('reference interpreter: the other MIL operations these lowerings write', () => {
  const vec = (values: number[]) => t('fp32', [values.length], values);
  const out = (n: number) => ({ dtype: 'fp32' as const, shape: [n] });
  const scalar = (v: number) => t('fp32', [], [v]);

  test('elu, erf, log with epsilon 0, square', () => {
    const elu = run('elu', { x: vec([-1, 0, 2]), alpha: scalar(0.5) }, out(3));
    expect(elu.data[0]).toBeCloseTo(0.5 * (1 / Math.E - 1), 6);
    expect([...elu.data].slice(1)).toEqual([0, 2]);
    // erf(0.5), erf(1), erf(-2) from tables
    const erf = run('erf', { x: vec([0.5, 1, -2]) }, out(3));
    expect(erf.data[0]).toBeCloseTo(0.5204998778, 6);
    expect(erf.data[1]).toBeCloseTo(0.8427007929, 6);
    expect(erf.data[2]).toBeCloseTo(-0.995322265, 6);
    const log = run('log', { x: vec([0, 1, 100]), epsilon: scalar(0) }, out(3));
    expect(log.data[0]).toBe(Number.NEGATIVE_INFINITY);
    expect(log.data[1]).toBe(0);
    expect(log.data[2]).toBeCloseTo(Math.log(100), 5);
    expect([...run('square', { x: vec([-3, 0.5]) }, out(2)).data]).toEqual([9, 0.25]);
  });

  test('floor_div rounds towards negative infinity (remainder takes the sign of the divisor)', () => {
    const q = run('floor_div', { x: vec([7, -7, 7, -7]), y: vec([2, 2, -2, -2]) }, out(4));
    expect([...q.data]).toEqual([3, -4, -4, 3]);
  });

  test('reduce_prod over some or all axes', () => {
    const x = t('fp32', [2, 3], [1, 2, 3, -1, 5, 0.5]);
    const rows = run(
      'reduce_prod',
      { x, axes: t('int32', [1], [1]), keep_dims: flag(true) },
      { dtype: 'fp32', shape: [2, 1] },
    );
    expect(rows.shape).toEqual([2, 1]);
    expect([...rows.data]).toEqual([6, -2.5]);
    const all = run(
      'reduce_prod',
      { x, axes: t('int32', [2], [0, 1]), keep_dims: flag(false) },
      { dtype: 'fp32', shape: [] },
    );
    expect(all.shape).toEqual([]);
    expect([...all.data]).toEqual([-15]);
  });
});

/** Lowers one float32 node of `op` on a [n] input alone and runs its MIL on the reference interpreter. */
async function runLowered(
  op: string,
  args: (x: ReturnType<Graph['addInput']>) => ReturnType<typeof arg.int>[],
  x: number[],
  precision: CoreMLPrecision,
) {
  const g = new Graph();
  const input = g.addInput(f32([x.length]));
  const node = g.addNode(op, args(input), [f32([x.length])]);
  expect(reason(supportsNode(node, { graph: g } as Parameters<typeof supportsNode>[1]))).toBeNull();
  const partition = {
    index: 0,
    backendId: 'CoreMLBackend',
    graph: g,
    nodes: [node],
    inputs: [input],
    outputs: node.outputs,
    constants: [],
    toGraph: () => g,
  } as unknown as Partition;
  const { processed } = await preprocessPartition(partition, { precision });
  const fn = prepareFunction(readCoreMLPayload(processed), 'main', MIL_OPS);
  const inputs = new Map(
    fn.inputs.map((i) => [i.name, { dtype: i.dtype, shape: i.shape, data: Float32Array.from(x) }]),
  );
  return [...(runFunction(fn, inputs).values().next().value!.data as Float32Array)];
}

describe('round: halves to even, as torch rounds', () => {
  const below = Math.fround(0.5 - 2 ** -25); // the float32 below 0.5
  const x = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, below, -below, -0.5 - 2 ** -24, 3.7, -3.7, 8388607.5, 2 ** 24 + 2];
  const want = [-2, -2, -0, 0, 2, 2, 4, 0, -0, -1, 4, -4, 8388608, 2 ** 24 + 2];

  test('float32: halves, the floats next to halves, large values', async () => {
    expect(await runLowered('aten.round.out', (v) => [arg.value(v)], x, 'float32')).toEqual(want.map((w) => w + 0));
  });

  test('infinities and NaN pass through', async () => {
    const got = await runLowered('aten.round.out', (v) => [arg.value(v)], [Infinity, -Infinity, Number.NaN], 'float32');
    expect(got.slice(0, 2)).toEqual([Infinity, -Infinity]);
    expect(got[2]).toBeNaN();
  });

  test('float16: halves of fp16 numbers', async () => {
    // 1024.5 is not an fp16 number (it reads as 1024); 0.5 - 2^-12 is the fp16 number below 0.5
    const h = [-2.5, -0.5, 0.5, 1.5, 2.5, 0.5 - 2 ** -12, 1024.5];
    expect(await runLowered('aten.round.out', (v) => [arg.value(v)], h, 'float16')).toEqual([-2, 0, 0, 2, 2, 0, 1024]);
  });
});

describe('log, reciprocal, floor and ceil (no zoo program holds them): lowered single nodes', () => {
  const one = (v: ReturnType<Graph['addInput']>) => [arg.value(v)];

  test('log: log(0) is -inf (epsilon 0), negatives NaN', async () => {
    const got = await runLowered('aten.log.default', one, [1, Math.E, 0, -1, 0.5], 'float32');
    expect(got[0]).toBe(0);
    expect(got[1]).toBeCloseTo(1, 6);
    expect(got[2]).toBe(Number.NEGATIVE_INFINITY);
    expect(got[3]).toBeNaN();
    expect(got[4]).toBeCloseTo(-Math.LN2, 6);
  });

  test('reciprocal: 1 / x exactly where it is a float (epsilon 0), 1 / 0 is inf', async () => {
    expect(await runLowered('aten.reciprocal.out', one, [2, -4, 0.5, 0, 8], 'float32')).toEqual([
      0.5,
      -0.25,
      2,
      Number.POSITIVE_INFINITY,
      0.125,
    ]);
    expect(await runLowered('aten.reciprocal.out', one, [4, -0.125], 'float16')).toEqual([0.25, -8]);
  });

  test('floor and ceil', async () => {
    const x = [-2.5, -0.25, 0, 0.75, 3];
    expect(await runLowered('aten.floor.out', one, x, 'float32')).toEqual([-3, -1, 0, 0, 3]);
    expect((await runLowered('aten.ceil.out', one, x, 'float32')).map((v) => v + 0)).toEqual([-2, 0, 0, 1, 3]);
    expect(await runLowered('aten.floor.out', one, x, 'float16')).toEqual([-3, -1, 0, 0, 3]);
  });
});
