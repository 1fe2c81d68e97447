// MIL scatter_along_axis of the reference interpreter against values worked out by hand from
// torch's scatter definition (self[i][index[i][j]] = src[i][j] along dim 1), and the lowering's
// refusals of scatters Core ML cannot take.
import { ErrorCode, KindlingError, ScalarType } from '@kindling/core';
import { arg, Graph, tensorType } from '@kindling/ir';
import { describe, expect, test } from 'vitest';
import { OpArgs } from '../src/interpreter/op-args.js';
import { MIL_OPS } from '../src/interpreter/ops/index.js';
import type { MilTensor } from '../src/interpreter/tensor.js';
import { supportsNode } from '../src/partitioner.js';

const f = (shape: number[], values: number[]): MilTensor => ({ dtype: 'fp32', shape, data: Float32Array.from(values) });
const i32 = (shape: number[], values: number[]): MilTensor => ({
  dtype: 'int32',
  shape,
  data: Int32Array.from(values),
});
const int = (v: number): MilTensor => ({ dtype: 'int32', shape: [], data: Int32Array.of(v) });
const str = (v: string): MilTensor => ({ dtype: 'string', shape: [], data: [v] });

function scatter(data: MilTensor, indices: MilTensor, updates: MilTensor, axis: number, mode: string): number[] {
  const inputs = { data, indices, updates, axis: int(axis), mode: str(mode) };
  const bound = new Map(Object.entries(inputs).map(([k, v]) => [k, [v]]));
  const op = MIL_OPS.scatter_along_axis;
  if (!op) throw new Error('no scatter_along_axis');
  const out = op(new OpArgs('scatter_along_axis', 'y', bound, [{ dtype: data.dtype, shape: data.shape }]))[0];
  return Array.from(out?.data as Float32Array);
}

describe('scatter_along_axis', () => {
  const data = f([2, 4], [0, 0, 0, 0, 10, 10, 10, 10]);
  const idx = i32([2, 3], [3, 0, 3, 1, 1, -1]);
  const upd = f([2, 3], [1, 2, 3, 4, 5, 6]);

  test('update: each index gets its update, the last of repeated ones (row-major order)', () => {
    // row 0: index 3 <- 1 then 3 (last wins), index 0 <- 2; row 1: index 1 <- 4 then 5, index -1 (3) <- 6
    expect(scatter(data, idx, upd, 1, 'update')).toEqual([2, 0, 0, 3, 10, 5, 10, 6]);
  });

  test('add: repeated indices accumulate onto the data', () => {
    expect(scatter(data, idx, upd, 1, 'add')).toEqual([2, 0, 0, 4, 10, 19, 10, 16]);
  });

  test('along axis 0, and max', () => {
    const d = f([3, 2], [5, 5, 5, 5, 5, 5]);
    expect(scatter(d, i32([1, 2], [2, 0]), f([1, 2], [7, 1]), 0, 'max')).toEqual([5, 5, 5, 5, 7, 5]);
  });

  test('an index out of range, or shapes that disagree: KindlingError', () => {
    const bad = () => scatter(data, i32([2, 3], [0, 0, 4, 0, 0, 0]), upd, 1, 'add');
    expect(bad).toThrow(KindlingError);
    try {
      bad();
    } catch (e) {
      expect((e as KindlingError).code).toBe(ErrorCode.InvalidArgument);
    }
    expect(() => scatter(data, i32([2, 2], [0, 0, 0, 0]), upd, 1, 'add')).toThrow(/differ/);
    expect(() => scatter(data, idx, upd, 1, 'xor')).toThrow(/mode/);
  });
});

describe('scatter support rules', () => {
  const t = (dtype: ScalarType, shape: number[]) => tensorType(dtype, shape);
  const reason = (r: ReturnType<typeof supportsNode>) => (r.supported ? null : r.reason);

  test('float data with an index of its size outside the dim: taken; others refused with a reason', () => {
    const g = new Graph();
    const x = g.addInput(t(ScalarType.Float, [3, 4]));
    const small = g.addInput(t(ScalarType.Long, [2, 4]));
    const src = g.addInput(t(ScalarType.Float, [3, 4]));
    const node = (index: ReturnType<typeof g.addInput>, d: number, data = x, s = src) =>
      reason(
        supportsNode(
          g.addNode(
            'aten.scatter.src_out',
            [arg.value(data), arg.int(d), arg.value(index), arg.value(s)],
            [t(data.tensor.dtype, [3, 4])],
          ),
        ),
      );
    expect(node(small, 0)).toBeNull();
    // index rows fewer than the data's outside dim 1: torch scatters into part of them, Core ML cannot say so
    expect(node(small, 1)).toMatch(/outside the dim/);
    const ints = g.addInput(t(ScalarType.Int, [3, 4]));
    expect(node(small, 0, ints, ints)).toMatch(/not float32/);
    const tinySrc = g.addInput(t(ScalarType.Float, [1, 4]));
    expect(node(small, 0, x, tinySrc)).toMatch(/smaller than the index/);
  });
});
