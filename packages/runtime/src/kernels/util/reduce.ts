import { ScalarType, type Tensor } from '@kindling/core';
import { readNumbers } from './access.js';
import { rowMajor } from './broadcast.js';
import { fail } from './errors.js';
import { writeLogical, writeRawLogical } from './layout.js';
import { normalizeDim, offsetTable, resizeOut } from './shape.js';

/** A reduction over some dimensions of a tensor. */
interface ReducePlan {
  /** Output sizes (with reduced dims kept as 1 when `keepdim`, else dropped). */
  readonly outSizes: number[];
  /** Number of output elements. */
  readonly outer: number;
  /** Number of elements reduced into each output element. */
  readonly inner: number;
  /**
   * Physical input offsets ordered so that output element `o` (logical row-major order) reduces
   * offsets `[o * inner, (o + 1) * inner)`; null when that is the identity.
   */
  readonly offsets: Int32Array | null;
  /** True for each input dim that is reduced. */
  readonly reduced: boolean[];
}

/** Normalize a reduction dim list (null or empty = all dims); rejects duplicates. */
function reductionDims(op: string, rank: number, dims: readonly number[] | null): boolean[] {
  const reduced = new Array<boolean>(rank).fill(dims === null || dims.length === 0);
  if (dims !== null) {
    for (const d of dims) {
      const nd = normalizeDim(op, d, rank);
      if (rank === 0) continue;
      if (reduced[nd] && dims.length > 0) fail(op, `dimension ${d} appears more than once`);
      reduced[nd] = true;
    }
  }
  return reduced;
}

/** Plan a reduction of `x` over `dims` (null or empty = all). */
function planReduce(op: string, x: Tensor, dims: readonly number[] | null, keepdim: boolean): ReducePlan {
  const rank = x.rank;
  const reduced = reductionDims(op, rank, dims);
  const kept: number[] = [];
  const red: number[] = [];
  const outSizes: number[] = [];
  for (let d = 0; d < rank; d++) {
    if (reduced[d]) {
      red.push(d);
      if (keepdim) outSizes.push(1);
    } else {
      kept.push(d);
      outSizes.push(x.sizes[d] as number);
    }
  }
  let outer = 1;
  for (const d of kept) outer *= x.sizes[d] as number;
  let inner = 1;
  for (const d of red) inner *= x.sizes[d] as number;
  for (const d of red) kept.push(d);
  const offsets = offsetTable(x.sizes, x.strides, kept);
  return { outSizes, outer, inner, offsets, reduced };
}

/** A computation along one dimension (softmax, cumsum, layer norm rows...). */
export interface AlongDimPlan {
  /** Iteration order: all other dims (outermost first), then `dim`. */
  readonly order: number[];
  /** Number of lines. */
  readonly lines: number;
  /** Length of each line. */
  readonly length: number;
}

export function planAlongDim(op: string, x: Tensor, dim: number): AlongDimPlan {
  const d = normalizeDim(op, dim, x.rank);
  const order: number[] = [];
  for (let i = 0; i < x.rank; i++) if (i !== d) order.push(i);
  if (x.rank > 0) order.push(d);
  const length = x.rank === 0 ? 1 : (x.sizes[d] as number);
  const lines = length === 0 ? 0 : x.numel / length;
  return { order, lines, length };
}

/**
 * Reduce `x` over `dims` into `out`: `fn(values, start, count)` reduces `values[start..start+count)`
 * (input values gathered in reduction order) to one number, written to `out` (cast to its dtype).
 */
export function reduceInto(
  op: string,
  x: Tensor,
  dims: readonly number[] | null,
  keepdim: boolean,
  out: Tensor,
  fn: (values: ArrayLike<number>, start: number, count: number) => number,
): void {
  const plan = planReduce(op, x, dims, keepdim);
  resizeOut(op, out, plan.outSizes);
  const xd = readNumbers(op, x);
  let vals: ArrayLike<number> = xd;
  if (plan.offsets !== null) {
    const g = new Float64Array(plan.offsets.length);
    for (let i = 0; i < g.length; i++) g[i] = xd[plan.offsets[i] as number] as number;
    vals = g;
  }
  if ((out.dtype === ScalarType.Float || out.dtype === ScalarType.Double) && rowMajor(out.sizes, out.strides)) {
    // Results go straight into `out` (assignment rounds as writeLogical would).
    const od = out.data as Float32Array | Float64Array;
    for (let o = 0; o < plan.outer; o++) od[o] = fn(vals, o * plan.inner, plan.inner);
    return;
  }
  const res = new Float64Array(plan.outer);
  for (let o = 0; o < plan.outer; o++) res[o] = fn(vals, o * plan.inner, plan.inner);
  writeLogical(op, out, res);
}

/**
 * {@link reduceInto} exactly in int64: `x` is an integer or bool tensor (int64 read as is), `out` is
 * int64, and `fn` reduces bigints (the result wraps to 64 bits).
 */
export function reduceIntoInt64(
  op: string,
  x: Tensor,
  dims: readonly number[] | null,
  keepdim: boolean,
  out: Tensor,
  fn: (values: ArrayLike<bigint>, start: number, count: number) => bigint,
): void {
  const plan = planReduce(op, x, dims, keepdim);
  resizeOut(op, out, plan.outSizes);
  let xd: ArrayLike<bigint>;
  if (x.dtype === ScalarType.Long) xd = x.data as BigInt64Array;
  else {
    const nums = readNumbers(op, x);
    const conv = new BigInt64Array(nums.length);
    for (let i = 0; i < nums.length; i++) conv[i] = BigInt(nums[i] as number);
    xd = conv;
  }
  let vals: ArrayLike<bigint> = xd;
  if (plan.offsets !== null) {
    const g = new BigInt64Array(plan.offsets.length);
    for (let i = 0; i < g.length; i++) g[i] = xd[plan.offsets[i] as number] as bigint;
    vals = g;
  }
  const res = new BigInt64Array(plan.outer);
  for (let o = 0; o < plan.outer; o++) res[o] = BigInt.asIntN(64, fn(vals, o * plan.inner, plan.inner));
  writeRawLogical(out, res);
}
