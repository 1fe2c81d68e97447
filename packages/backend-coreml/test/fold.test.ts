// The lowering's folding of integer tensors computed from constants only, against values worked
// out from the operators' definitions (reflection and replication padding, roll, int64 wrap).

import { ConformanceZoo, type ManifestCase } from '@kindling/conformance-zoo';
import { ScalarType } from '@kindling/core';
import { arg, Graph, importProgram, PteFile, tensorType, type Value } from '@kindling/ir';
import { describe, expect, test } from 'vitest';
import { foldedInts, foldProblem } from '../src/partitioner/fold.js';
import { supportsNode } from '../src/partitioner/support.js';

const zoo = ConformanceZoo.open();
const portable = (model: string) =>
  importProgram(
    PteFile.read(
      zoo.programBytes(zoo.available({}).find((c) => c.model === model && c.flavour === 'portable') as ManifestCase),
    ),
  )[0] as Graph;

/** The index tensors the program's index/index_select nodes read, in order. */
function indexTensors(g: Graph): Value[] {
  return g.nodes.flatMap((n) => {
    if (n.op === 'aten.index_select.out') {
      const a = n.args[2];
      return a?.kind === 'value' ? [a.value] : [];
    }
    if (n.op === 'aten.index.Tensor') {
      const a = n.args[1];
      return a?.kind === 'optional-tensor-list' ? a.items.filter((v): v is Value => v !== null) : [];
    }
    return [];
  });
}

const ints = (v: Value) => foldedInts(v)?.values.map(Number);

/** Source index of output position `o` when `size` elements are padded by `left` (reflection). */
const reflect = (o: number, left: number, size: number) => {
  const i = Math.abs(o - left);
  return i < size ? i : 2 * (size - 1) - i;
};

describe('folded index tensors of the zoo programs', () => {
  test('reflection_pad1d: 5 elements padded by 2 and 1 read 2 1 0 1 2 3 4 3', () => {
    const [idx] = indexTensors(portable('ops/reflection_pad1d/both'));
    const want = Array.from({ length: 8 }, (_, o) => reflect(o, 2, 5));
    expect(want).toEqual([2, 1, 0, 1, 2, 3, 4, 3]);
    expect(ints(idx as Value)).toEqual(want);
  });

  test('replication_pad2d: indices clamped to the edges', () => {
    const [rows, cols] = indexTensors(portable('ops/replication_pad2d/asym'));
    expect(ints(rows as Value)).toEqual([0, 1, 2, 2, 2, 2]);
    expect(ints(cols as Value)).toEqual([0, 0, 0, 1, 2, 3, 3]);
  });

  test('roll: (i - shift) mod size along each dimension', () => {
    const g = portable('ops/roll/two_dims_neg');
    const [a, b] = indexTensors(g);
    const fa = ints(a as Value) as number[];
    const fb = ints(b as Value) as number[];
    // a roll reads a rotation of 0..n-1: each index once, consecutive modulo n
    for (const [f, n] of [
      [fa, 3],
      [fb, 4],
    ] as const) {
      expect([...f].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
      for (let i = 1; i < n; i++) expect(((f[i] as number) - (f[i - 1] as number) + n) % n).toBe(1);
    }
  });
});

describe('foldedInts on hand-built graphs', () => {
  const long = (shape: number[]) => tensorType(ScalarType.Long, shape);
  const constant = (g: Graph, values: bigint[], shape: number[] = [values.length]) =>
    g.addConstant(long(shape), new Uint8Array(BigInt64Array.from(values).buffer));

  test('int64 arithmetic wraps as the portable kernels do; fmod truncates, remainder floors', () => {
    const g = new Graph();
    const big = constant(g, [2n ** 62n, -7n, 7n]);
    const twice = g.addNode('aten.add.Tensor', [arg.value(big), arg.value(big), arg.int(1)], [long([3])])
      .outputs[0] as Value;
    const fmod = g.addNode('aten.fmod.Scalar', [arg.value(big), arg.int(3)], [long([3])]).outputs[0] as Value;
    const rem = g.addNode('aten.remainder.Scalar', [arg.value(big), arg.int(-3)], [long([3])]).outputs[0] as Value;
    expect(foldedInts(twice)?.values).toEqual([-(2n ** 63n), -14n, 14n]);
    // 2^62 = 4^31 leaves 1 divided by 3: fmod 1; remainder by -3 takes the divisor's sign: 1 - 3
    expect(foldedInts(fmod)?.values).toEqual([1n, -1n, 1n]);
    expect(foldedInts(rem)?.values).toEqual([-2n, -1n, -2n]);
    // 2^63 wrapped is not an int32 value: refused as a Core ML constant
    expect(foldProblem(twice.producer as NonNullable<Value['producer']>)).toMatch(/outside int32/);
  });

  test('broadcasting, clamp with a lower bound above the upper, and what is not folded', () => {
    const g = new Graph();
    const col = constant(g, [1n, 2n], [2, 1]);
    const row = constant(g, [10n, 20n, 30n], [3]);
    const sum = g.addNode('aten.add.Tensor', [arg.value(col), arg.value(row), arg.int(2)], [long([2, 3])])
      .outputs[0] as Value;
    expect(foldedInts(sum)?.values).toEqual([21n, 41n, 61n, 22n, 42n, 62n]);
    const clamped = g.addNode('aten.clamp.default', [arg.value(row), arg.int(25), arg.int(15)], [long([3])])
      .outputs[0] as Value;
    expect(foldedInts(clamped)?.values).toEqual([15n, 15n, 15n]);
    const input = g.addInput(long([3]));
    const fromInput = g.addNode('aten.abs.default', [arg.value(input)], [long([3])]).outputs[0] as Value;
    expect(foldedInts(fromInput)).toBeNull();
    const zero = g.addNode('aten.fmod.Scalar', [arg.value(row), arg.int(0)], [long([3])]).outputs[0] as Value;
    expect(foldedInts(zero)).toBeNull();
    expect(foldProblem(fromInput.producer as NonNullable<Value['producer']>)).toMatch(/constants only/);
  });
});

describe('support rules: a folded computation is taken only for a lowered reader', () => {
  const long = (shape: number[]) => tensorType(ScalarType.Long, shape);
  const f32 = (shape: number[]) => tensorType(ScalarType.Float, shape);

  test('read as the index of a gather: taken; read only by the portable kernels: left to them', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 5]));
    const range = g.addNode('aten.arange.start', [arg.int(-2), arg.int(3), arg.int(1)], [long([5])]);
    const abs = g.addNode('aten.abs.default', [arg.value(range.outputs[0] as Value)], [long([5])]);
    const context = { graph: g } as Parameters<typeof supportsNode>[1];
    // no reader yet
    expect(supportsNode(abs, context).supported).toBe(false);
    const nonzero = g.addNode('aten.nonzero.default', [arg.value(abs.outputs[0] as Value)], [long([4, 1])]);
    expect(supportsNode(nonzero, context).supported).toBe(false);
    expect(supportsNode(abs, context).supported).toBe(false);
    const select = g.addNode(
      'aten.index_select.out',
      [arg.value(x), arg.int(1), arg.value(abs.outputs[0] as Value)],
      [f32([2, 5])],
    );
    expect(supportsNode(select, context).supported).toBe(true);
    expect(supportsNode(abs, context).supported).toBe(true);
    expect(supportsNode(range, context).supported).toBe(true);
  });
});

describe('support rules: nodes that read no tensor', () => {
  const f32 = (shape: number[]) => tensorType(ScalarType.Float, shape);

  test('a full is taken for a lowered reader only (a program of constants alone would have no inputs)', () => {
    const g = new Graph();
    const context = { graph: g } as Parameters<typeof supportsNode>[1];
    const full = g.addNode('aten.full.default', [arg.ints([2, 3]), arg.float(1.5)], [f32([2, 3])]);
    expect(supportsNode(full, context)).toEqual({ supported: false, reason: expect.stringMatching(/no lowered node/) });
    const x = g.addInput(f32([2, 3]));
    g.addNode('aten.add.Tensor', [arg.value(x), arg.value(full.outputs[0] as Value), arg.int(1)], [f32([2, 3])]);
    expect(supportsNode(full, context).supported).toBe(true);
  });
});
