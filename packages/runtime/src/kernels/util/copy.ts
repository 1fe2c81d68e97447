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
  copyWithin(target: number, start: number, end: number): unknown;
  fill(value: unknown, start: number, end: number): unknown;
}

/**
 * Scratch for {@link copyRaw} (grown on demand): coalesced sizes and strides, innermost first, and
 * the number of output elements one step of each level writes.
 */
let runSizes = new Int32Array(8);
let runStrides = new Float64Array(8);
let runBlocks = new Float64Array(8);

/** Runs at least this long are copied with `set` (a native block copy) instead of a loop. */
export const BLOCK_COPY = 64;

/** A whole copy at least this long (one call) goes through `set` rather than a loop. */
const SHORT_COPY = 16;

/**
 * Copies `n` elements of the strided view (`sizes`, `strides`, `base`) of `s` into `d` in the
 * order of `order` (outermost first), without a per-call offset table: size-1 dimensions are
 * dropped, dimensions that are contiguous with the next one are merged, the innermost run is
 * copied as a block when its stride is 1 (filled when it is 0), and a broadcast dimension (stride
 * 0) writes its block once and then repeats it inside `d` (an expand copies each source element
 * once, not once per repeat).
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
    runBlocks = new Float64Array(rank);
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
  if (r === 1 && runStrides[0] === 1) {
    if (n >= SHORT_COPY) d.set(s.subarray(base, base + n));
    else for (let j = 0; j < n; j++) d[j] = s[base + j];
    return;
  }
  let block = 1;
  for (let k = 0; k < r; k++) {
    block *= runSizes[k] as number;
    runBlocks[k] = block;
  }
  copyLevel(s, d, r - 1, base, 0);
}

/** Writes the block of coalesced level `level` that starts at source offset `off` to `d` at `i`. */
function copyLevel(s: Elements, d: Elements, level: number, off: number, i: number): void {
  const size = runSizes[level] as number;
  const stride = runStrides[level] as number;
  if (level === 0) {
    if (stride === 1) {
      if (size >= BLOCK_COPY) d.set(s.subarray(off, off + size), i);
      else for (let j = 0; j < size; j++) d[i + j] = s[off + j];
    } else if (stride === 0) d.fill(s[off], i, i + size);
    else for (let j = 0, o = off; j < size; j++, o += stride) d[i + j] = s[o];
    return;
  }
  const inner = runBlocks[level - 1] as number;
  if (stride === 0) {
    // Broadcast: write one inner block, then double the written part until the level is full.
    copyLevel(s, d, level - 1, off, i);
    const total = inner * size;
    for (let done = inner; done < total; ) {
      const c = Math.min(done, total - done);
      d.copyWithin(i + done, i, i + c);
      done += c;
    }
    return;
  }
  for (let k = 0, o = off, j = i; k < size; k++, o += stride, j += inner) copyLevel(s, d, level - 1, o, j);
}
