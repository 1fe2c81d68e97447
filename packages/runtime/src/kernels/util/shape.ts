import { KindlingError, type Tensor } from '@kindling/core';
import { fail } from './errors.js';

/** Broadcast shapes as PyTorch does; throws naming `op` when they are incompatible. */
export function broadcastShapes(op: string, ...shapes: (readonly number[])[]): number[] {
  let rank = 0;
  for (const s of shapes) rank = Math.max(rank, s.length);
  const res = new Array<number>(rank).fill(1);
  for (const s of shapes) {
    const off = rank - s.length;
    for (let i = 0; i < s.length; i++) {
      const d = s[i] as number;
      const r = res[off + i] as number;
      if (d === r || d === 1) continue;
      if (r === 1) res[off + i] = d;
      else fail(op, `shapes [${shapes.map((x) => x.join(', ')).join('] and [')}] are not broadcastable`);
    }
  }
  return res;
}

/** Strides of `t` expanded to `shape` (0 for broadcast dimensions). Assumes broadcast compatibility. */
export function broadcastStrides(t: Tensor, shape: readonly number[]): number[] {
  const rank = shape.length;
  const off = rank - t.rank;
  const res = new Array<number>(rank).fill(0);
  for (let i = 0; i < t.rank; i++) {
    res[off + i] = t.sizes[i] === 1 && shape[off + i] !== 1 ? 0 : (t.strides[i] as number);
  }
  return res;
}

/** Normalize a possibly negative dimension for a tensor of `rank` (rank 0 accepts -1 and 0). */
export function normalizeDim(op: string, dim: number, rank: number): number {
  const r = Math.max(rank, 1);
  if (!Number.isInteger(dim) || dim < -r || dim >= r) fail(op, `dimension ${dim} is out of range for rank ${rank}`);
  return dim < 0 ? dim + r : dim;
}

/** Resize `out` to `sizes`, rethrowing failures with the operator's name. */
export function resizeOut(op: string, out: Tensor, sizes: readonly number[]): void {
  const have = out.sizes;
  if (have.length === sizes.length) {
    let i = 0;
    while (i < sizes.length && have[i] === sizes[i]) i++;
    if (i === sizes.length) return;
  }
  try {
    out.resize(sizes);
  } catch (e) {
    if (KindlingError.isInstance(e)) fail(op, `output of sizes [${out.sizes.join(', ')}]: ${e.message}`, e.code);
    throw e;
  }
}

/** Contiguous (row-major) strides of `sizes`. */
export function contiguousStrides(sizes: readonly number[]): number[] {
  const res = new Array<number>(sizes.length);
  let s = 1;
  for (let i = sizes.length - 1; i >= 0; i--) {
    res[i] = s;
    s *= Math.max(1, sizes[i] as number);
  }
  return res;
}

const IDENTITY_ORDERS: (readonly number[])[] = [];

/** `[0, 1, ..., rank - 1]` (shared and frozen: callers only read it). */
export function identityOrder(rank: number): readonly number[] {
  let order = IDENTITY_ORDERS[rank];
  if (order === undefined) {
    order = Object.freeze(Array.from({ length: rank }, (_, i) => i));
    if (rank < 64) IDENTITY_ORDERS[rank] = order;
  }
  return order;
}

/**
 * Physical offsets (`base + Σ index[d] * strides[d]`) of the elements of a `sizes`-shaped iteration,
 * visiting dimensions in `order` (outermost first). Returns `null` when the offsets are exactly
 * 0, 1, 2, ... (so callers can index directly).
 */
export function offsetTable(
  sizes: readonly number[],
  strides: readonly number[],
  order: readonly number[],
  base = 0,
): Int32Array | null {
  const rank = order.length;
  if (base === 0) {
    let expect = 1;
    let identity = true;
    for (let k = rank - 1; k >= 0; k--) {
      const d = order[k] as number;
      const size = sizes[d] as number;
      if (size !== 1 && strides[d] !== expect) {
        identity = false;
        break;
      }
      expect *= size;
    }
    if (identity) return null;
  }
  let n = 1;
  for (const d of order) n *= sizes[d] as number;
  const res = new Int32Array(n);
  if (n === 0) return res;
  if (rank === 0) {
    res[0] = base;
    return res;
  }
  const innerDim = order[rank - 1] as number;
  const innerSize = sizes[innerDim] as number;
  const innerStride = strides[innerDim] as number;
  const idx = new Int32Array(rank);
  let off = base;
  let i = 0;
  for (;;) {
    for (let j = 0, o = off; j < innerSize; j++, o += innerStride) res[i++] = o;
    if (i >= n) break;
    let k = rank - 2;
    for (; k >= 0; k--) {
      const d = order[k] as number;
      const next = (idx[k] as number) + 1;
      idx[k] = next;
      off += strides[d] as number;
      if (next < (sizes[d] as number)) break;
      off -= (strides[d] as number) * (sizes[d] as number);
      idx[k] = 0;
    }
    if (k < 0) break;
  }
  return res;
}

/** Offsets of `t`'s elements in logical row-major order (null when `t` is contiguous). */
export function logicalOffsets(t: Tensor): Int32Array | null {
  return offsetTable(t.sizes, t.strides, identityOrder(t.rank));
}

/** Check that a list of sizes is valid (non-negative integers). */
export function checkSizes(op: string, sizes: readonly number[]): void {
  for (const s of sizes) if (!Number.isSafeInteger(s) || s < 0) fail(op, `invalid size ${s} in [${sizes.join(', ')}]`);
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Checks the per-channel operands of a normalization (weight, bias, running statistics): each one
 * given must be a vector of `channels` elements; throws naming `op` and the operand otherwise.
 */
export function checkChannelVectors(
  op: string,
  channels: number,
  operands: readonly (readonly [string, Tensor | null | undefined])[],
): void {
  for (const [name, t] of operands) {
    if (t && (t.rank !== 1 || t.numel !== channels))
      fail(op, `${name} must have ${channels} elements, got sizes [${t.sizes.join(', ')}]`);
  }
}
