import { seededRandom } from '@kindling/backend-utils';
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { broadcastRun } from './broadcast.js';
import { mapBinary, mapTernary, selectRaw } from './elementwise.js';
import { reduceInto } from './reduce.js';

/** Physical offset of the element of `t` that output position `index` (of `shape`) reads under broadcasting. */
function broadcastOffset(t: Tensor, shape: number[], index: number[]): number {
  const off = shape.length - t.rank;
  let o = 0;
  for (let d = 0; d < t.rank; d++) {
    if (t.sizes[d] !== 1) o += (index[off + d] as number) * (t.strides[d] as number);
  }
  return o;
}

/** Every multi-index of `shape`, row-major. */
function indices(shape: number[]): number[][] {
  const res: number[][] = [];
  const n = shape.reduce((a, b) => a * b, 1);
  for (let i = 0; i < n; i++) {
    const idx = new Array<number>(shape.length);
    let rest = i;
    for (let d = shape.length - 1; d >= 0; d--) {
      idx[d] = rest % (shape[d] as number);
      rest = Math.floor(rest / (shape[d] as number));
    }
    res.push(idx);
  }
  return res;
}

/** Physical offset of multi-index `idx` in `t`. */
function offsetOf(t: Tensor, idx: number[]): number {
  return idx.reduce((o, v, d) => o + v * (t.strides[d] as number), 0);
}

/** The broadcast result shape: the operands right-aligned, the larger size per dimension. */
function resultShape(shapes: number[][]): number[] {
  const rank = Math.max(...shapes.map((s) => s.length));
  const res = new Array<number>(rank).fill(1);
  for (const sizes of shapes) {
    sizes.forEach((v, d) => {
      const k = rank - sizes.length + d;
      res[k] = Math.max(res[k] as number, v);
    });
  }
  return res;
}

/** An operand shape for `shape`: the same, a trailing block, one value per row, one element, or random 1s. */
function operandShape(rnd: () => number, shape: number[]): { sizes: number[]; runs: boolean } {
  const kind = Math.floor(rnd() * 5);
  const rank = shape.length;
  if (kind === 0) return { sizes: [...shape], runs: true };
  if (kind === 1) {
    const keep = Math.floor(rnd() * (rank + 1));
    const sizes = shape.slice(rank - keep);
    return { sizes: rnd() < 0.5 ? [...new Array<number>(rank - keep).fill(1), ...sizes] : sizes, runs: true };
  }
  if (kind === 2) {
    const lo = Math.floor(rnd() * rank);
    const hi = lo + Math.floor(rnd() * (rank - lo));
    return { sizes: shape.map((s, d) => (d >= lo && d <= hi ? s : 1)), runs: true };
  }
  if (kind === 3) return { sizes: rnd() < 0.5 ? [] : new Array<number>(rank).fill(1), runs: true };
  return { sizes: shape.map((s) => (rnd() < 0.5 ? 1 : s)), runs: false };
}

/** A float tensor of `sizes` with distinct values, row-major or (sometimes) in a permuted dim order. */
function operand(rnd: () => number, sizes: number[], permute: boolean, seed: number): Tensor {
  const order = sizes.map((_, i) => i);
  if (permute) order.sort(() => rnd() - 0.5);
  const t = new Tensor({ dtype: ScalarType.Float, sizes, dimOrder: order });
  const d = t.data as Float32Array;
  for (let i = 0; i < d.length; i++) d[i] = seed + i;
  return t;
}

describe('broadcast runs', () => {
  it('classifies the shapes that read as runs of storage', () => {
    const t = (sizes: number[]) => Tensor.zeros(ScalarType.Float, sizes);
    expect(broadcastRun(t([2, 3, 4]), [2, 3, 4])).toBe(1);
    expect(broadcastRun(t([3, 4]), [2, 3, 4])).toBe(1);
    expect(broadcastRun(t([2, 3, 1]), [2, 3, 4])).toBe(4);
    expect(broadcastRun(t([1, 3, 1]), [2, 3, 4])).toBe(4);
    expect(broadcastRun(t([1]), [2, 3, 4])).toBe(1);
    expect(broadcastRun(t([2, 1, 4]), [2, 3, 4])).toBe(0);
    expect(broadcastRun(new Tensor({ dtype: ScalarType.Float, sizes: [3, 4], dimOrder: [1, 0] }), [3, 4])).toBe(0);
  });

  it('binary, ternary and select results match an element-by-element reference on random shapes', () => {
    const rnd = seededRandom(11);
    let fast = 0;
    for (let trial = 0; trial < 300; trial++) {
      const rank = 1 + Math.floor(rnd() * 4);
      const full = Array.from({ length: rank }, () => 1 + Math.floor(rnd() * 4));
      if (trial % 4 === 0) full[rank - 1] = 40 + Math.floor(rnd() * 30);
      const specs = [operandShape(rnd, full), operandShape(rnd, full), operandShape(rnd, full)];
      const shape = resultShape(specs.map((s) => s.sizes));
      const shape2 = resultShape([specs[0]?.sizes ?? [], specs[1]?.sizes ?? []]);
      const permuted = specs.map(() => rnd() < 0.15);
      const [a, b, c] = specs.map((s, k) => operand(rnd, s.sizes, permuted[k] as boolean, 1000 * (k + 1))) as [
        Tensor,
        Tensor,
        Tensor,
      ];
      const all = indices(shape);
      if (specs.every((s, k) => s.runs && !permuted[k])) fast++;
      for (const k of [0, 1, 2]) {
        const t = [a, b, c][k] as Tensor;
        if (specs[k]?.runs && !permuted[k]) expect(broadcastRun(t, shape)).toBeGreaterThan(0);
      }
      const reversed = rnd() < 0.15;
      const outOrder = reversed ? shape.map((_, i) => i).reverse() : undefined;
      const read = (t: Tensor, idx: number[]) => (t.data as Float32Array)[broadcastOffset(t, shape, idx)] as number;

      const out2 = new Tensor({
        dtype: ScalarType.Float,
        sizes: shape2,
        dimOrder: reversed ? shape2.map((_, i) => i).reverse() : undefined,
      });
      mapBinary('test', a, b, out2, (x, y) => x * 3 - y);
      const out3 = new Tensor({ dtype: ScalarType.Float, sizes: shape, dimOrder: outOrder });
      mapTernary('test', a, b, c, out3, (x, y, z) => x - 2 * y + 5 * z);
      const cond = new Tensor({ dtype: ScalarType.Bool, sizes: a.sizes, dimOrder: a.dimOrder });
      const cd = cond.data as Uint8Array;
      for (let i = 0; i < cd.length; i++) cd[i] = rnd() < 0.5 ? 1 : 0;
      const outS = new Tensor({ dtype: ScalarType.Float, sizes: shape, dimOrder: outOrder });
      selectRaw('test', cond, b, c, outS);

      for (const idx of indices(shape2)) {
        const r = (t: Tensor) => (t.data as Float32Array)[broadcastOffset(t, shape2, idx)] as number;
        expect((out2.data as Float32Array)[offsetOf(out2, idx)]).toBe(Math.fround(r(a) * 3 - r(b)));
      }
      for (const idx of all) {
        const x = read(a, idx);
        const y = read(b, idx);
        const z = read(c, idx);
        const pick = cd[broadcastOffset(cond, shape, idx)] !== 0;
        expect((out3.data as Float32Array)[offsetOf(out3, idx)]).toBe(Math.fround(x - 2 * y + 5 * z));
        expect((outS.data as Float32Array)[offsetOf(outS, idx)]).toBe(pick ? y : z);
      }
    }
    expect(fast).toBeGreaterThan(50);
  });

  it('reductions over trailing and other dims match a reference mean', () => {
    const rnd = seededRandom(5);
    for (let trial = 0; trial < 100; trial++) {
      const rank = 1 + Math.floor(rnd() * 4);
      const shape = Array.from({ length: rank }, () => 1 + Math.floor(rnd() * 5));
      const x = operand(rnd, shape, rnd() < 0.3, 1);
      const dims = shape.map((_, i) => i).filter(() => rnd() < 0.5);
      if (dims.length === 0) dims.push(rank - 1);
      const keepdim = rnd() < 0.5;
      const outSizes = keepdim
        ? shape.map((s, d) => (dims.includes(d) ? 1 : s))
        : shape.filter((_, d) => !dims.includes(d));
      const outType = rnd() < 0.5 ? ScalarType.Float : ScalarType.Double;
      const out = new Tensor({ dtype: outType, sizes: outSizes });
      reduceInto('test', x, dims, keepdim, out, (v, s, n) => {
        let acc = 0;
        for (let i = s; i < s + n; i++) acc += v[i] as number;
        return acc / n;
      });
      const sums = new Map<string, number[]>();
      for (const idx of indices(shape)) {
        const key = idx.filter((_, d) => !dims.includes(d)).join(',');
        const list = sums.get(key) ?? [];
        list.push((x.data as Float32Array)[offsetOf(x, idx)] as number);
        sums.set(key, list);
      }
      const got = Array.from(out.data as Float32Array | Float64Array);
      const want = [...sums.values()].map((l) => l.reduce((p, q) => p + q, 0) / l.length);
      expect(got).toEqual(outType === ScalarType.Float ? want.map(Math.fround) : want);
    }
  });
});
