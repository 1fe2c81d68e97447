import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { viewWithout, viewWithUnit } from './view.js';

describe('views that drop or add a dimension', () => {
  it('match the sizes and strides with the dimension removed or a unit one inserted', () => {
    for (const sizes of [[5], [2, 3], [4, 1, 3], [2, 3, 4, 5]]) {
      for (const order of [sizes.map((_, i) => i), sizes.map((_, i) => i).reverse()]) {
        const t = new Tensor({ dtype: ScalarType.Float, sizes, dimOrder: order });
        for (let d = 0; d < sizes.length; d++) {
          const keep = sizes.map((_, i) => i).filter((i) => i !== d);
          expect(viewWithout(t, d)).toEqual({
            sizes: keep.map((i) => t.sizes[i]),
            strides: keep.map((i) => t.strides[i]),
            base: 0,
          });
        }
        for (let d = 0; d <= sizes.length; d++) {
          const v = viewWithUnit(t, d);
          expect(v.sizes).toEqual([...t.sizes.slice(0, d), 1, ...t.sizes.slice(d)]);
          expect(v.strides.filter((_, i) => i !== d)).toEqual([...t.strides]);
          expect(v.base).toBe(0);
        }
      }
    }
  });
});
