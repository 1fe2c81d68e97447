import { seededRandom } from '@kindling/backend-utils';
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { copyStrided } from './copy.js';

/** Element `i` of the output in memory order, read the slow way: decode i, then dot with strides. */
function naive(src: ArrayLike<number | bigint>, sizes: number[], strides: number[], base: number, order: number[]) {
  const n = sizes.reduce((a, b) => a * b, 1);
  const res: (number | bigint)[] = [];
  for (let i = 0; i < n; i++) {
    let rest = i;
    let off = base;
    for (let k = order.length - 1; k >= 0; k--) {
      const d = order[k] as number;
      const size = sizes[d] as number;
      off += (rest % size) * (strides[d] as number);
      rest = Math.floor(rest / size);
    }
    res.push(src[off] as number | bigint);
  }
  return res;
}

describe('copyStrided', () => {
  it('matches an element-by-element reference on random views (broadcast, permuted, offset, long runs)', () => {
    const rnd = seededRandom(7);
    for (let trial = 0; trial < 400; trial++) {
      const rank = 1 + Math.floor(rnd() * 5);
      const sizes = Array.from({ length: rank }, () => 1 + Math.floor(rnd() * 5));
      if (trial % 3 === 0) sizes[Math.floor(rnd() * rank)] = 60 + Math.floor(rnd() * 90); // a long run
      // Strides: contiguous, permuted, broadcast (0) or padded, chosen per dim.
      const perm = Array.from({ length: rank }, (_, i) => i).sort(() => rnd() - 0.5);
      const strides = new Array<number>(rank);
      let s = 1;
      for (const d of perm) {
        const kind = rnd();
        strides[d] = kind < 0.2 ? 0 : s;
        s *= (sizes[d] as number) + (kind > 0.85 ? 2 : 0);
      }
      const base = rnd() < 0.3 ? Math.floor(rnd() * 5) : 0;
      const srcLen = base + s + 1;
      const src = Float32Array.from({ length: srcLen }, (_, i) => i + 0.5);
      const order =
        rnd() < 0.3 ? Array.from({ length: rank }, (_, i) => i).sort(() => rnd() - 0.5) : sizes.map((_, i) => i);
      const out = new Tensor({ dtype: ScalarType.Float, sizes, dimOrder: order });
      copyStrided('test', Tensor.from(ScalarType.Float, [srcLen], src), sizes, strides, base, out);
      expect(Array.from(out.data as Float32Array)).toEqual(naive(src, sizes, strides, base, order));
    }
  });

  it('copies int64 views exactly and converts between dtypes', () => {
    const src = BigInt64Array.from({ length: 12 }, (_, i) => 2n ** 60n + BigInt(i));
    const out = new Tensor({ dtype: ScalarType.Long, sizes: [4, 3] });
    copyStrided('test', Tensor.from(ScalarType.Long, [12], src), [4, 3], [1, 4], 0, out);
    expect(Array.from(out.data as BigInt64Array)).toEqual(naive(src, [4, 3], [1, 4], 0, [0, 1]));
    const f = new Tensor({ dtype: ScalarType.Float, sizes: [2, 2] });
    copyStrided('test', Tensor.from(ScalarType.Int, [4], new Int32Array([1, 2, 3, 4])), [2, 2], [1, 2], 0, f);
    expect(Array.from(f.data as Float32Array)).toEqual([1, 3, 2, 4]);
  });
});
