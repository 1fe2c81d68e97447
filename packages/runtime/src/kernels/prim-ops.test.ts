import type { KernelDescriptor } from '@kindling/core';
import { type EValue, EValues, KindlingError, ScalarType, Tag, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import {
  add,
  etCopyIndex,
  etView,
  localScalarDense,
  primAdd,
  primFloorDiv,
  primFloorDivInt,
  primLt,
  primMod,
  primModInt,
  primRound,
  primSymFloat,
  primTrueDiv,
  symNumel,
  symSize,
  viewCopy,
} from './index.js';

const ctx = { methodName: 'forward', operator: 'test' };
function run(k: KernelDescriptor, args: EValue[]): EValue {
  k.run(ctx, args);
  return args[args.length - 1] as EValue;
}

describe('prim ops', () => {
  it('sym_size and sym_numel', () => {
    const t = Tensor.zeros(ScalarType.Float, [2, 5, 3]);
    expect(run(symSize, [EValues.tensor(t), EValues.int(-2), EValues.none()])).toEqual(EValues.int(5));
    expect(run(symNumel, [EValues.tensor(t), EValues.none()])).toEqual(EValues.int(30));
    expect(() => run(symSize, [EValues.tensor(t), EValues.int(3), EValues.none()])).toThrow(KindlingError);
  });
  it('_local_scalar_dense keeps the kind of number', () => {
    expect(run(localScalarDense, [EValues.tensor(Tensor.from(ScalarType.Long, [], [7n])), EValues.none()])).toEqual(
      EValues.int(7),
    );
    expect(run(localScalarDense, [EValues.tensor(Tensor.from(ScalarType.Float, [1], [0.5])), EValues.none()])).toEqual(
      EValues.double(0.5),
    );
    expect(run(localScalarDense, [EValues.tensor(Tensor.from(ScalarType.Bool, [], [1])), EValues.none()])).toEqual(
      EValues.bool(true),
    );
  });
  it('scalar arithmetic follows Python', () => {
    expect(run(primAdd, [EValues.int(2), EValues.int(3), EValues.none()])).toEqual(EValues.int(5));
    expect(run(primAdd, [EValues.int(2), EValues.double(0.5), EValues.none()])).toEqual(EValues.double(2.5));
    expect(run(primFloorDiv, [EValues.int(-7), EValues.int(2), EValues.none()])).toEqual(EValues.int(-4));
    expect(run(primFloorDivInt, [EValues.int(7), EValues.int(2), EValues.none()])).toEqual(EValues.int(3));
    expect(run(primMod, [EValues.int(-7), EValues.int(3), EValues.none()])).toEqual(EValues.int(2));
    expect(run(primModInt, [EValues.int(7), EValues.int(-3), EValues.none()])).toEqual(EValues.int(-2));
    expect(run(primTrueDiv, [EValues.int(7), EValues.int(2), EValues.none()])).toEqual(EValues.double(3.5));
    expect(run(primRound, [EValues.double(2.5), EValues.none()])).toEqual(EValues.int(2));
    expect(run(primSymFloat, [EValues.int(3), EValues.none()])).toEqual(EValues.double(3));
    expect(run(primLt, [EValues.int(3), EValues.double(3.5), EValues.none()])).toEqual(EValues.bool(true));
    expect(() => run(primFloorDiv, [EValues.int(1), EValues.int(0), EValues.none()])).toThrow(KindlingError);
  });
  it('et_view aliases the input storage', () => {
    const x = Tensor.from(ScalarType.Float, [2, 3], [1, 2, 3, 4, 5, 6]);
    const args: EValue[] = [EValues.tensor(x), { tag: Tag.ListInt, value: [3, -1] }, EValues.none()];
    const v = run(etView, args);
    expect(v.tag).toBe(Tag.Tensor);
    const t = (v as { value: Tensor }).value;
    expect([...t.sizes]).toEqual([3, 2]);
    (x.data as Float32Array)[0] = 42;
    expect(t.toArray()[0]).toBe(42);
  });
  it('et_view keeps its previous view only while it still has the requested sizes over the same bytes', () => {
    const x = new Tensor({ dtype: ScalarType.Float, sizes: [2, 3], capacity: 8 });
    const args: EValue[] = [EValues.tensor(x), { tag: Tag.ListInt, value: [3, -1] }, EValues.none()];
    const first = (run(etView, args) as { value: Tensor }).value;
    expect((run(etView, args) as { value: Tensor }).value).toBe(first);
    args[1] = { tag: Tag.ListInt, value: [3, 2] };
    expect((run(etView, args) as { value: Tensor }).value).toBe(first);
    args[1] = { tag: Tag.ListInt, value: [-1, 3] };
    const other = (run(etView, args) as { value: Tensor }).value;
    expect(other).not.toBe(first);
    expect([...other.sizes]).toEqual([2, 3]);
    // The input shrinks within its storage: the same size list now means other sizes.
    x.resize([2, 2]);
    args[1] = { tag: Tag.ListInt, value: [-1, 2] };
    const shrunk = (run(etView, args) as { value: Tensor }).value;
    expect([...shrunk.sizes]).toEqual([2, 2]);
    x.resize([2, 3]);
    args[1] = { tag: Tag.ListInt, value: [-1, 2] };
    const grown = (run(etView, args) as { value: Tensor }).value;
    expect(grown).not.toBe(shrunk);
    expect([...grown.sizes]).toEqual([3, 2]);
    args[1] = { tag: Tag.ListInt, value: [-1, -1] };
    expect(() => run(etView, args)).toThrow(/only one dimension can be inferred/);
    args[1] = { tag: Tag.ListInt, value: [4, 2] };
    expect(() => run(etView, args)).toThrow(KindlingError);
  });
  it('et_copy_index grows the first dimension', () => {
    const to = new Tensor({ dtype: ScalarType.Float, sizes: [0, 2], capacity: 6 });
    run(etCopyIndex, [
      EValues.tensor(to),
      EValues.tensor(Tensor.from(ScalarType.Float, [2], [1, 2])),
      EValues.int(0),
      EValues.none(),
    ]);
    run(etCopyIndex, [
      EValues.tensor(to),
      EValues.tensor(Tensor.from(ScalarType.Float, [2], [3, 4])),
      EValues.int(1),
      EValues.none(),
    ]);
    expect([...to.sizes]).toEqual([2, 2]);
    expect(to.toArray()).toEqual([1, 2, 3, 4]);
  });
});

describe('kernel calling convention', () => {
  it('resizes dynamic outputs within capacity and rejects overflow', () => {
    const a = Tensor.from(ScalarType.Float, [2, 2], [1, 2, 3, 4]);
    const out = new Tensor({ dtype: ScalarType.Float, sizes: [1, 1], capacity: 4 });
    const o = EValues.tensor(out);
    add.run(ctx, [EValues.tensor(a), EValues.tensor(a), EValues.int(1), o, o]);
    expect([...out.sizes]).toEqual([2, 2]);
    expect(out.toArray()).toEqual([2, 4, 6, 8]);
    const small = Tensor.zeros(ScalarType.Float, [1, 1]);
    const s = EValues.tensor(small);
    expect(() => add.run(ctx, [EValues.tensor(a), EValues.tensor(a), EValues.int(1), s, s])).toThrow(/aten::add\.out/);
  });
  it('rejects a wrong argument count and wrong argument kinds', () => {
    const a = EValues.tensor(Tensor.from(ScalarType.Float, [1], [1]));
    expect(() => add.run(ctx, [a, a, a])).toThrow(KindlingError);
    expect(() => add.run(ctx, [a, EValues.int(1), EValues.int(1), a, a])).toThrow(KindlingError);
  });
  it('view_copy keeps int64 values exact', () => {
    const big = 2n ** 60n + 1n;
    const x = Tensor.from(ScalarType.Long, [2, 1], [big, -big]);
    const out = Tensor.zeros(ScalarType.Long, [2]);
    const o = EValues.tensor(out);
    viewCopy.run(ctx, [EValues.tensor(x), { tag: Tag.ListInt, value: [-1] }, o, o]);
    expect([...(out.data as BigInt64Array)]).toEqual([big, -big]);
  });
});
