import { seededRandom } from '@kindling/backend-utils';
import { EValues, KindlingError, ScalarType, Tag, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { indexTensor } from './index.js';

const ctx = { methodName: 'forward', operator: 'test' };

function run(x: Tensor, index: Tensor, out: Tensor): void {
  indexTensor.run(ctx, [
    EValues.tensor(x),
    { tag: Tag.ListOptionalTensor, value: [index] },
    EValues.tensor(out),
    EValues.tensor(out),
  ]);
}

describe('index.Tensor_out with one index tensor on dim 0', () => {
  it('gathers rows like an element-by-element reference, row-major or permuted, short and long rows', () => {
    const rnd = seededRandom(9);
    for (let trial = 0; trial < 80; trial++) {
      const rank = 1 + Math.floor(rnd() * 3);
      const sizes = Array.from({ length: rank }, () => 1 + Math.floor(rnd() * 5));
      if (trial % 3 === 0) sizes[rank - 1] = 70 + Math.floor(rnd() * 20);
      const permuted = rank > 1 && rnd() < 0.3;
      const order = sizes.map((_, i) => i);
      if (permuted) order.reverse();
      const x = new Tensor({ dtype: ScalarType.Float, sizes, dimOrder: order });
      const xd = x.data as Float32Array;
      for (let i = 0; i < xd.length; i++) xd[i] = i + 0.25;
      const iSizes = rnd() < 0.5 ? [1 + Math.floor(rnd() * 4)] : [2, 1 + Math.floor(rnd() * 3)];
      const n = iSizes.reduce((a, b) => a * b, 1);
      const rows = sizes[0] as number;
      const vals = Array.from({ length: n }, () => Math.floor(rnd() * 2 * rows) - rows);
      const index =
        rnd() < 0.5
          ? Tensor.from(ScalarType.Long, iSizes, BigInt64Array.from(vals.map(BigInt)))
          : Tensor.from(ScalarType.Int, iSizes, Int32Array.from(vals));
      const shape = [...iSizes, ...sizes.slice(1)];
      const out = new Tensor({ dtype: ScalarType.Float, sizes: shape });
      run(x, index, out);
      expect(out.sizes).toEqual(shape);
      const rowLen = sizes.slice(1).reduce((a, b) => a * b, 1);
      const got = out.data as Float32Array;
      for (let k = 0; k < n; k++) {
        const r = (vals[k] as number) < 0 ? (vals[k] as number) + rows : (vals[k] as number);
        for (let j = 0; j < rowLen; j++) {
          // Logical element (r, j...) of x, through its strides.
          let rest = j;
          let off = r * (x.strides[0] as number);
          for (let d = rank - 1; d >= 1; d--) {
            off += (rest % (sizes[d] as number)) * (x.strides[d] as number);
            rest = Math.floor(rest / (sizes[d] as number));
          }
          expect(got[k * rowLen + j]).toBe(xd[off]);
        }
      }
    }
  });

  it('rejects an out-of-range index before writing', () => {
    const x = Tensor.from(ScalarType.Float, [3, 2], new Float32Array(6));
    const out = Tensor.from(ScalarType.Float, [2, 2], new Float32Array([7, 7, 7, 7]));
    expect(() => run(x, Tensor.from(ScalarType.Long, [2], [0n, 3n]), out)).toThrow(KindlingError);
    expect(() => run(x, Tensor.from(ScalarType.Long, [2], [0n, 3n]), out)).toThrow(
      /index 3 is out of bounds for dimension 0 with size 3/,
    );
    expect(Array.from(out.data as Float32Array)).toEqual([7, 7, 7, 7]);
  });
});
