import { ErrorCode, KindlingError } from './error.js';

/** Largest rank ExecuTorch supports (`kTensorDimensionLimit`). */
export const MAX_RANK = 16;

/** The contiguous (row-major) dim order of a tensor of `rank` dimensions: `[0, 1, ..., rank-1]`. */
export function contiguousDimOrder(rank: number): number[] {
  return Array.from({ length: rank }, (_, i) => i);
}

/** The channels-last dim order of a 4-D tensor: `[0, 2, 3, 1]`. */
export const CHANNELS_LAST_DIM_ORDER: readonly number[] = /* @__PURE__ */ Object.freeze([0, 2, 3, 1]);

/** True when `dimOrder` is a permutation of `0..rank-1`. */
export function isValidDimOrder(dimOrder: ArrayLike<number>, rank: number): boolean {
  if (dimOrder.length !== rank) return false;
  const seen = new Uint8Array(rank);
  for (let i = 0; i < rank; i++) {
    const d = dimOrder[i] as number;
    if (!Number.isInteger(d) || d < 0 || d >= rank || seen[d]) return false;
    seen[d] = 1;
  }
  return true;
}

/** True when `dimOrder` is `[0, 1, ..., n-1]`. */
export function isContiguousDimOrder(dimOrder: ArrayLike<number>): boolean {
  for (let i = 0; i < dimOrder.length; i++) if (dimOrder[i] !== i) return false;
  return true;
}

/**
 * Element strides derived from sizes and dim order, as ExecuTorch derives them: the innermost
 * dimension of the dim order has stride 1, walking outward multiplies by sizes (a size of 0 counts
 * as 1 so strides stay meaningful).
 */
export function stridesFromDimOrder(sizes: ArrayLike<number>, dimOrder: ArrayLike<number>): number[] {
  const rank = sizes.length;
  if (!isValidDimOrder(dimOrder, rank)) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `dim order [${Array.from(dimOrder)}] is not a permutation of rank ${rank}`,
    );
  }
  const strides = new Array<number>(rank).fill(0);
  let running = 1;
  for (let i = rank - 1; i >= 0; i--) {
    const d = dimOrder[i] as number;
    strides[d] = running;
    running *= Math.max(1, sizes[d] as number);
  }
  return strides;
}

/** Number of elements of a tensor with these sizes (1 for rank 0). */
export function numelOf(sizes: ArrayLike<number>): number {
  let n = 1;
  for (let i = 0; i < sizes.length; i++) n *= sizes[i] as number;
  return n;
}
