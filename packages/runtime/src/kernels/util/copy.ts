import type { Tensor } from '@kindling/core';
import { numberSink, readNumbers } from './access.js';
import { fail } from './errors.js';
import { canCopyRaw } from './raw.js';
import { offsetTable } from './shape.js';

/**
 * Copy a strided view of `src` (element `sizes`, per-dimension `strides` and `base` offset into its
 * storage) into `out`, which must already have `sizes`. Exact for equal dtypes; converts otherwise.
 */
export function copyStrided(
  op: string,
  src: Tensor,
  sizes: readonly number[],
  strides: readonly number[],
  base: number,
  out: Tensor,
): void {
  const n = out.numel;
  if (n === 0) return;
  if (out.rank !== sizes.length) fail(op, `internal: view rank ${sizes.length} differs from output rank ${out.rank}`);
  const order = out.dimOrder;
  const so = offsetTable(sizes, strides, order, base);
  if (canCopyRaw(src.dtype, out.dtype)) {
    const s = src.data as unknown as { [i: number]: unknown; subarray(a: number, b: number): unknown };
    const d = out.data as unknown as { [i: number]: unknown; set(a: unknown, o?: number): void };
    if (so === null) d.set(s.subarray(0, n));
    else for (let i = 0; i < n; i++) d[i] = s[so[i] as number];
    return;
  }
  const sd = readNumbers(op, src);
  const sink = numberSink(op, out);
  const o = sink.values;
  if (so === null) for (let i = 0; i < n; i++) o[i] = sd[i] as number;
  else for (let i = 0; i < n; i++) o[i] = sd[so[i] as number] as number;
  sink.commit();
}
