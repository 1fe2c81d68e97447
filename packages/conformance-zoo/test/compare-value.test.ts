import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { compareValue } from '../src/index.js';

const spec = { kind: 'tensor' as const, dtype: 'float32', shape: [4], file: 'unused.bin' };
const tol = { atol: 1e-5, rtol: 1e-4 };
const f32 = (...v: number[]) => Tensor.from(ScalarType.Float, [v.length], new Float32Array(v));
const compare = (actual: number[], expected: number[]) => compareValue(f32(...actual), spec, f32(...expected), tol);

describe('compareValue on floating tensors', () => {
  it('accepts NaN exactly where the recording has NaN', () => {
    expect(compare([1, Number.NaN, 3, 4], [1, Number.NaN, 3, 4]).ok).toBe(true);
  });

  it('refuses a NaN where the recording has a number, and a number where it has NaN', () => {
    expect(compare([1, Number.NaN, 3, 4], [1, 2, 3, 4]).ok).toBe(false);
    expect(compare([1, 2, 3, 4], [1, Number.NaN, 3, 4]).ok).toBe(false);
  });

  it('accepts infinities of the same sign and refuses any other value there', () => {
    const inf = Number.POSITIVE_INFINITY;
    expect(compare([inf, -inf, 0, 1], [inf, -inf, 0, 1]).ok).toBe(true);
    expect(compare([-inf, -inf, 0, 1], [inf, -inf, 0, 1]).ok).toBe(false);
    expect(compare([3e38, -inf, 0, 1], [inf, -inf, 0, 1]).ok).toBe(false);
    expect(compare([Number.NaN, -inf, 0, 1], [inf, -inf, 0, 1]).ok).toBe(false);
    expect(compare([inf, -inf, 0, 1], [1, -inf, 0, 1]).ok).toBe(false);
  });

  it('still compares finite values within the tolerance', () => {
    expect(compare([1, 2, 3, 4.00001], [1, 2, 3, 4]).ok).toBe(true);
    expect(compare([1, 2, 3, 4.01], [1, 2, 3, 4]).ok).toBe(false);
  });
});
