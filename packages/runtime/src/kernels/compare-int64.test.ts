import { seededRandom } from '@kindling/backend-utils';
import { EValues, ScalarType, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { eqTensor, geTensor, gtTensor, leScalar, leTensor, ltTensor, neTensor } from './index.js';

const ctx = { methodName: 'forward', operator: 'test' };

/** An int64 near a few pivots (both signs, around 2^31, 2^32 and 2^60) so that high and low words tie often. */
function value(rnd: () => number): bigint {
  const pivots = [0n, -1n, 2n ** 31n, 2n ** 32n, -(2n ** 32n), 2n ** 60n, -(2n ** 60n), 2n ** 63n - 1n, -(2n ** 63n)];
  const p = pivots[Math.floor(rnd() * pivots.length)] as bigint;
  return BigInt.asIntN(64, p + BigInt(Math.floor(rnd() * 5) - 2));
}

const cases = [
  [ltTensor, (x: bigint, y: bigint) => x < y],
  [leTensor, (x: bigint, y: bigint) => x <= y],
  [eqTensor, (x: bigint, y: bigint) => x === y],
  [neTensor, (x: bigint, y: bigint) => x !== y],
  [gtTensor, (x: bigint, y: bigint) => x > y],
  [geTensor, (x: bigint, y: bigint) => x >= y],
] as const;

describe('int64 tensor comparisons', () => {
  it('match BigInt comparisons on random broadcast shapes (runs, row and column broadcasts, permuted operands)', () => {
    const rnd = seededRandom(3);
    for (let trial = 0; trial < 120; trial++) {
      const rows = 1 + Math.floor(rnd() * 5);
      const cols = 1 + Math.floor(rnd() * 6);
      const shapes: [number[], number[]][] = [
        [
          [rows, cols],
          [rows, cols],
        ],
        [
          [1, cols],
          [rows, 1],
        ],
        [[rows, 1], [cols]],
        [[rows, cols], []],
        [[1], [rows, cols]],
      ];
      const [sa, sb] = shapes[trial % shapes.length] as [number[], number[]];
      const permute = rnd() < 0.25 && sa.length === 2;
      const a = new Tensor({ dtype: ScalarType.Long, sizes: sa, dimOrder: permute ? [1, 0] : undefined });
      const b = new Tensor({ dtype: ScalarType.Long, sizes: sb });
      const ad = a.data as BigInt64Array;
      const bd = b.data as BigInt64Array;
      for (let i = 0; i < ad.length; i++) ad[i] = value(rnd);
      for (let i = 0; i < bd.length; i++)
        bd[i] = rnd() < 0.3 && ad.length > 0 ? (ad[i % ad.length] as bigint) : value(rnd);
      const [kernel, ref] = cases[trial % cases.length] as (typeof cases)[number];
      const out = new Tensor({ dtype: ScalarType.Bool, sizes: [rows, cols] });
      kernel.run(ctx, [EValues.tensor(a), EValues.tensor(b), EValues.tensor(out), EValues.tensor(out)]);
      const at = (t: Tensor, r: number, c: number) => {
        const off = 2 - t.rank;
        let o = 0;
        [r, c].forEach((v, d) => {
          const k = d - off;
          if (k >= 0 && t.sizes[k] !== 1) o += v * (t.strides[k] as number);
        });
        return (t.data as BigInt64Array)[o] as bigint;
      };
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          expect((out.data as Uint8Array)[r * cols + c]).toBe(ref(at(a, r, c), at(b, r, c)) ? 1 : 0);
        }
      }
    }
  });

  it('compares against an int64 scalar exactly', () => {
    const a = Tensor.from(ScalarType.Long, [4], [2n ** 53n, 2n ** 53n + 1n, -(2n ** 60n), 5n]);
    const out = new Tensor({ dtype: ScalarType.Bool, sizes: [4] });
    leScalar.run(ctx, [EValues.tensor(a), EValues.int(2 ** 53), EValues.tensor(out), EValues.tensor(out)]);
    expect(Array.from(out.data as Uint8Array)).toEqual([1, 0, 1, 1]);
  });
});
