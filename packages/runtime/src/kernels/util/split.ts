import type { Tensor } from '@kindling/core';
import { rowMajor } from './broadcast.js';
import { BLOCK_COPY } from './copy.js';
import { checkDtype, REAL_AND_BOOL } from './dtype.js';
import { fail } from './errors.js';
import { normalizeDim, resizeOut } from './shape.js';
import { copyView, viewOf, viewWithout } from './view.js';

/** Copy consecutive chunks of `x` along `dim` (lengths `sizes`) into `outs`. */
export function splitInto(
  op: string,
  x: Tensor,
  sizes: readonly number[],
  dim: number,
  outs: readonly Tensor[],
  squeeze = false,
): void {
  if (x.rank === 0) fail(op, 'cannot split a 0-dim tensor');
  const d = normalizeDim(op, dim, x.rank);
  if (outs.length !== sizes.length) fail(op, `expected ${sizes.length} outputs, got ${outs.length}`);
  let total = 0;
  for (const s of sizes) {
    if (s < 0) fail(op, `split size ${s} is negative`);
    total += s;
  }
  if (total !== x.sizes[d]) fail(op, `split sizes [${sizes.join(', ')}] do not sum to ${x.sizes[d]}`);
  if (splitRowMajor(op, x, sizes, d, outs, squeeze)) return;
  const v = squeeze ? viewWithout(x, d) : viewOf(x);
  const step = x.strides[d] as number;
  let start = 0;
  for (let i = 0; i < sizes.length; i++) {
    const len = sizes[i] as number;
    v.base = start * step;
    if (!squeeze) v.sizes[d] = len;
    copyView(op, x, v, outs[i] as Tensor);
    start += len;
  }
}

/** A typed array of either kind, copied without conversion. */
interface Block {
  [i: number]: unknown;
  subarray(a: number, b: number): Block;
  set(a: Block, o: number): void;
}

/**
 * {@link splitInto} for a row-major `x` and row-major outputs of its dtype: each chunk is `outer`
 * blocks of `len * inner` consecutive elements, copied without a view or an offset plan. Returns
 * false, doing nothing, when the tensors are not laid out that way.
 */
function splitRowMajor(
  op: string,
  x: Tensor,
  sizes: readonly number[],
  d: number,
  outs: readonly Tensor[],
  squeeze: boolean,
): boolean {
  if (!rowMajor(x.sizes, x.strides)) return false;
  const rank = squeeze ? x.rank - 1 : x.rank;
  for (const out of outs) {
    if (out.dtype !== x.dtype || out.rank !== rank) return false;
    for (let k = 0; k < rank; k++) if (out.dimOrder[k] !== k) return false;
  }
  checkDtype(op, REAL_AND_BOOL, x);
  let outer = 1;
  for (let k = 0; k < d; k++) outer *= x.sizes[k] as number;
  let inner = 1;
  for (let k = d + 1; k < x.rank; k++) inner *= x.sizes[k] as number;
  const dimLen = x.sizes[d] as number;
  const src = x.data as unknown as Block;
  let start = 0;
  for (let i = 0; i < outs.length; i++) {
    const out = outs[i] as Tensor;
    const len = sizes[i] as number;
    if (!chunkSized(out, x, d, len, squeeze)) {
      const want = x.sizes.filter((_, k) => !(squeeze && k === d)).map((s, k) => (!squeeze && k === d ? len : s));
      resizeOut(op, out, want);
    }
    const dst = out.data as unknown as Block;
    const block = len * inner;
    for (let o = 0; o < outer; o++) {
      const from = (o * dimLen + start) * inner;
      const to = o * block;
      if (block >= BLOCK_COPY) dst.set(src.subarray(from, from + block), to);
      else for (let j = 0; j < block; j++) dst[to + j] = src[from + j];
    }
    start += len;
  }
  return true;
}

/** Whether `out` already has the sizes of a chunk of `len` along `d` of `x` (that dim dropped when `squeeze`). */
function chunkSized(out: Tensor, x: Tensor, d: number, len: number, squeeze: boolean): boolean {
  const os = out.sizes;
  for (let k = 0, j = 0; k < x.rank; k++) {
    if (k === d) {
      if (squeeze) continue;
      if (os[j++] !== len) return false;
      continue;
    }
    if (os[j++] !== x.sizes[k]) return false;
  }
  return true;
}
