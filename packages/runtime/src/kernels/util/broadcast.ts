import type { Tensor } from '@kindling/core';

/** True when `strides` are the row-major (contiguous) strides of `sizes` (size-1 dims ignored). */
export function rowMajor(sizes: readonly number[], strides: readonly number[]): boolean {
  let expect = 1;
  for (let d = sizes.length - 1; d >= 0; d--) {
    const size = sizes[d] as number;
    if (size !== 1 && strides[d] !== expect) return false;
    expect *= size;
  }
  return true;
}

/**
 * How `t`, broadcast to `shape` (which it must be compatible with), reads along a row-major walk of
 * `shape` without an offset table: each element of `t`'s storage (in order, wrapping after the last
 * one) repeats for a run of the returned length. That holds when `t` is row-major contiguous and its
 * non-1 sizes are one block of `shape`'s dimensions (same shape, a trailing block such as a mask
 * `[s, t]` against `[b, h, s, t]`, one value per row such as `[b, s, 1]`, or a single element).
 * Returns 0 when `t` does not read that way.
 */
export function broadcastRun(t: Tensor, shape: readonly number[]): number {
  const sizes = t.sizes;
  if (!rowMajor(sizes, t.strides)) return 0;
  const off = shape.length - sizes.length;
  let hi = sizes.length - 1;
  while (hi >= 0 && sizes[hi] === 1) hi--;
  if (hi < 0) return 1;
  let lo = 0;
  while (sizes[lo] === 1) lo++;
  for (let d = lo; d <= hi; d++) if (sizes[d] !== shape[off + d]) return 0;
  let run = 1;
  for (let d = off + hi + 1; d < shape.length; d++) run *= shape[d] as number;
  return run;
}
