import { type EValue, EValues, KindlingError, ScalarType, Tag, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { indexPut } from './index.js';

const ctx = { methodName: 'forward', operator: 'test' };

/** `out = self.clone(); out[..., idx, ...] = values` on dim `d`, computed element by element. */
function expected(self: Float32Array, sizes: number[], d: number, idx: number[], values: Float32Array): Float32Array {
  const res = self.slice();
  const vSizes = sizes.map((s, k) => (k === d ? idx.length : s));
  const n = vSizes.reduce((a, b) => a * b, 1);
  for (let i = 0; i < n; i++) {
    let rest = i;
    const coord = new Array<number>(sizes.length);
    for (let k = sizes.length - 1; k >= 0; k--) {
      coord[k] = rest % (vSizes[k] as number);
      rest = Math.floor(rest / (vSizes[k] as number));
    }
    const j = coord[d] as number;
    coord[d] = ((idx[j] as number) + (sizes[d] as number)) % (sizes[d] as number);
    let off = 0;
    for (let k = 0; k < sizes.length; k++) off = off * (sizes[k] as number) + (coord[k] as number);
    res[off] = values[i] as number;
  }
  return res;
}

function put(self: Tensor, indices: (Tensor | null)[], values: Tensor, out: Tensor): void {
  const list: EValue = { tag: Tag.ListOptionalTensor, value: indices };
  indexPut.run(ctx, [
    EValues.tensor(self),
    list,
    EValues.tensor(values),
    EValues.bool(false),
    EValues.tensor(out),
    EValues.tensor(out),
  ]);
}

describe('index_put.out writing whole rows (a KV-cache update)', () => {
  it('matches an element-by-element reference on each dimension, int64 and int32 indices, negative indices', () => {
    const sizes = [2, 3, 6, 5];
    const self = Float32Array.from({ length: 180 }, (_, i) => i * 0.25);
    for (let d = 0; d < sizes.length; d++) {
      for (const dtype of [ScalarType.Long, ScalarType.Int] as const) {
        const idx = [1, -1, 0].map((v) => Math.min(v, (sizes[d] as number) - 1));
        const vSizes = sizes.map((s, k) => (k === d ? idx.length : s));
        const values = Float32Array.from({ length: vSizes.reduce((a, b) => a * b, 1) }, (_, i) => -1 - i);
        const index =
          dtype === ScalarType.Long
            ? Tensor.from(ScalarType.Long, [idx.length], BigInt64Array.from(idx, BigInt))
            : Tensor.from(ScalarType.Int, [idx.length], Int32Array.from(idx));
        const indices: (Tensor | null)[] = sizes.map((_, k) => (k === d ? index : null));
        const out = new Tensor({ dtype: ScalarType.Float, sizes });
        put(Tensor.from(ScalarType.Float, sizes, self), indices, Tensor.from(ScalarType.Float, vSizes, values), out);
        expect(Array.from(out.data as Float32Array)).toEqual(Array.from(expected(self, sizes, d, idx, values)));
      }
    }
  });

  it('refuses an index out of bounds', () => {
    const index = Tensor.from(ScalarType.Long, [1], new BigInt64Array([4n]));
    const out = new Tensor({ dtype: ScalarType.Float, sizes: [1, 4, 2] });
    expect(() =>
      put(Tensor.zeros(ScalarType.Float, [1, 4, 2]), [null, index], Tensor.zeros(ScalarType.Float, [1, 1, 2]), out),
    ).toThrow(KindlingError);
  });
});
