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
  if (canCopyRaw(src.dtype, out.dtype)) {
    copyRaw(src.data as unknown as Elements, out.data as unknown as Elements, sizes, strides, order, base, n);
    return;
  }
  const so = offsetTable(sizes, strides, order, base);
  const sd = readNumbers(op, src);
  const sink = numberSink(op, out);
  const o = sink.values;
  if (so === null) for (let i = 0; i < n; i++) o[i] = sd[i] as number;
  else for (let i = 0; i < n; i++) o[i] = sd[so[i] as number] as number;
  sink.commit();
}

/** A typed array of either kind (number or bigint elements), indexed without conversion. */
interface Elements {
  [i: number]: unknown;
  subarray(a: number, b: number): Elements;
  set(a: Elements, o?: number): void;
}

/** Scratch for {@link copyRaw}: coalesced sizes, strides and the odometer (grown on demand). */
let runSizes = new Int32Array(8);
let runStrides = new Float64Array(8);
let runIndex = new Int32Array(8);

/** Runs at least this long are copied with `set` (a native block copy) instead of a loop. */
const BLOCK_COPY = 64;

/** A whole copy at least this long (one call) goes through `set` rather than a loop. */
const SHORT_COPY = 16;

/**
 * Copies `n` elements of the strided view (`sizes`, `strides`, `base`) of `s` into `d` in the
 * order of `order` (outermost first), without a per-call offset table: size-1 dimensions are
 * dropped, dimensions that are contiguous with the next one are merged, and the innermost run is
 * copied as a block when its stride is 1.
 */
function copyRaw(
  s: Elements,
  d: Elements,
  sizes: readonly number[],
  strides: readonly number[],
  order: readonly number[],
  base: number,
  n: number,
): void {
  const rank = order.length;
  if (runSizes.length < rank) {
    runSizes = new Int32Array(rank);
    runStrides = new Float64Array(rank);
    runIndex = new Int32Array(rank);
  }
  // Coalesce, innermost first: rs[0] is the innermost run.
  let r = 0;
  for (let k = rank - 1; k >= 0; k--) {
    const dim = order[k] as number;
    const size = sizes[dim] as number;
    if (size === 1) continue;
    const stride = strides[dim] as number;
    if (r > 0 && stride === (runStrides[r - 1] as number) * (runSizes[r - 1] as number)) {
      runSizes[r - 1] = (runSizes[r - 1] as number) * size;
      continue;
    }
    runSizes[r] = size;
    runStrides[r] = stride;
    r++;
  }
  if (r === 0) {
    d[0] = s[base];
    return;
  }
  const len = runSizes[0] as number;
  const step = runStrides[0] as number;
  if (r === 1 && step === 1) {
    if (n >= SHORT_COPY) d.set(s.subarray(base, base + n));
    else for (let j = 0; j < n; j++) d[j] = s[base + j];
    return;
  }
  for (let k = 1; k < r; k++) runIndex[k] = 0;
  let off = base;
  let i = 0;
  for (;;) {
    if (step === 1 && len >= BLOCK_COPY) d.set(s.subarray(off, off + len), i);
    else for (let j = 0, o = off; j < len; j++, o += step) d[i + j] = s[o];
    i += len;
    if (i >= n) return;
    let k = 1;
    for (; k < r; k++) {
      const next = (runIndex[k] as number) + 1;
      const stride = runStrides[k] as number;
      if (next < (runSizes[k] as number)) {
        runIndex[k] = next;
        off += stride;
        break;
      }
      runIndex[k] = 0;
      off -= stride * ((runSizes[k] as number) - 1);
    }
    if (k === r) return;
  }
}
