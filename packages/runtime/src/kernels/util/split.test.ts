import { seededRandom } from '@kindling/backend-utils';
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { splitInto } from './split.js';

/** Element of `t` at logical multi-index `idx`, through its strides. */
function at(t: Tensor, idx: number[]): number {
  return (t.data as Float32Array)[idx.reduce((o, v, k) => o + v * (t.strides[k] as number), 0)] as number;
}

/** Every multi-index of `shape`, row-major. */
function indices(shape: readonly number[]): number[][] {
  const res: number[][] = [[]];
  for (const s of shape) {
    const next: number[][] = [];
    for (const r of res) for (let i = 0; i < s; i++) next.push([...r, i]);
    res.splice(0, res.length, ...next);
  }
  return res;
}

describe('splitInto', () => {
  it('copies each chunk like an element-by-element reference (row-major and permuted inputs, squeezed chunks)', () => {
    const rnd = seededRandom(17);
    for (let trial = 0; trial < 150; trial++) {
      const rank = 1 + Math.floor(rnd() * 4);
      const sizes = Array.from({ length: rank }, () => 1 + Math.floor(rnd() * 4));
      const d = Math.floor(rnd() * rank);
      if (trial % 3 === 0) sizes[rank - 1] = 20 + Math.floor(rnd() * 30);
      const squeeze = rnd() < 0.25;
      const chunks: number[] = [];
      if (squeeze) for (let i = 0; i < (sizes[d] as number); i++) chunks.push(1);
      else {
        let left = sizes[d] as number;
        while (left > 0) {
          const c = Math.min(left, Math.floor(rnd() * 3));
          chunks.push(c);
          left -= c;
        }
      }
      const order = sizes.map((_, i) => i);
      if (rank > 1 && rnd() < 0.3) order.reverse();
      const x = new Tensor({ dtype: ScalarType.Float, sizes, dimOrder: order });
      const xd = x.data as Float32Array;
      for (let i = 0; i < xd.length; i++) xd[i] = i + 0.5;
      // Outputs start with other sizes of the right rank, so they are resized.
      const outRank = squeeze ? rank - 1 : rank;
      const outs = chunks.map(
        () => new Tensor({ dtype: ScalarType.Float, sizes: new Array<number>(outRank).fill(1), capacity: xd.length }),
      );
      splitInto('test', x, chunks, d - (rnd() < 0.5 ? rank : 0), outs, squeeze);
      let start = 0;
      chunks.forEach((len, i) => {
        const out = outs[i] as Tensor;
        const want = squeeze ? sizes.filter((_, k) => k !== d) : sizes.map((s, k) => (k === d ? len : s));
        expect([...out.sizes]).toEqual(want);
        for (const idx of indices(want)) {
          const src = squeeze
            ? [...idx.slice(0, d), start, ...idx.slice(d)]
            : idx.map((v, k) => (k === d ? v + start : v));
          expect(at(out, idx)).toBe(at(x, src));
        }
        start += len;
      });
    }
  });
});
