import { ScalarType, type Tensor } from '@kindling/core';
import { fail } from './errors.js';
import { readLogical } from './layout.js';
import { contiguousStrides, normalizeDim } from './shape.js';

/**
 * Walk `index` (int64, same rank as `self`) for a scatter along `dim`: for each index element (logical
 * position `i`), `visit(i, target)` gets the logical offset in `self` whose coordinate along `dim` is the
 * index value. `src` (when given) bounds the index sizes, as ExecuTorch checks.
 */
export function forEachScatter(
  op: string,
  self: Tensor,
  dimArg: number,
  index: Tensor,
  src: Tensor | null,
  visit: (i: number, coord: readonly number[], target: number) => void,
): void {
  if (index.dtype !== ScalarType.Long) fail(op, 'index must be an int64 tensor');
  const rank = Math.max(self.rank, 1);
  if (Math.max(index.rank, 1) !== rank) fail(op, `index rank ${index.rank} must equal self rank ${self.rank}`);
  if (src && Math.max(src.rank, 1) !== rank) fail(op, `src rank ${src.rank} must equal self rank ${self.rank}`);
  const d = normalizeDim(op, dimArg, self.rank);
  const xs = self.rank === 0 ? [1] : self.sizes;
  const is = index.rank === 0 ? [1] : index.sizes;
  const ss = src === null ? null : src.rank === 0 ? [1] : src.sizes;
  if (index.numel === 0) return;
  for (let k = 0; k < rank; k++) {
    if (k !== d && (is[k] as number) > (xs[k] as number))
      fail(op, `index size ${is[k]} exceeds self size ${xs[k]} at dimension ${k}`);
    if (ss && (is[k] as number) > (ss[k] as number))
      fail(op, `index size ${is[k]} exceeds src size ${ss[k]} at dimension ${k}`);
  }
  const xst = contiguousStrides(xs);
  const idx = readLogical(op, index);
  const coord = new Array<number>(rank).fill(0);
  const size = xs[d] as number;
  for (let i = 0; i < idx.length; i++) {
    // ExecuTorch does not check index values (one out of range writes out of bounds); like PyTorch, any
    // index outside [0, size) is rejected, negative ones included
    const v = idx[i] as number;
    if (v < 0 || v >= size) fail(op, `index ${v} is out of range for dimension ${d} of size ${size}`);
    let o = 0;
    for (let k = 0; k < rank; k++) o += (k === d ? v : (coord[k] as number)) * (xst[k] as number);
    visit(i, coord, o);
    for (let k = rank - 1; k >= 0; k--) {
      coord[k] = (coord[k] as number) + 1;
      if ((coord[k] as number) < (is[k] as number)) break;
      coord[k] = 0;
    }
  }
}

/** Logical (row-major) offset of `coord` in a tensor of `sizes` (rank 0 counts as `[1]`). */
export function logicalOffset(sizes: readonly number[], coord: readonly number[]): number {
  let o = 0;
  let stride = 1;
  for (let k = coord.length - 1; k >= 0; k--) {
    o += (coord[k] as number) * stride;
    stride *= sizes.length === 0 ? 1 : (sizes[k] as number);
  }
  return o;
}
