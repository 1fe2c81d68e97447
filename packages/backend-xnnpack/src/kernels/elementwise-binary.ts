/** Binary elementwise operators with NumPy broadcasting and a fused output clamp. */

/** Which binary operator to apply. */
export enum BinaryOp {
  Add = 0,
  Subtract = 1,
  Multiply = 2,
  Divide = 3,
  Minimum = 4,
  Maximum = 5,
  /** `a > 0 ? a : a * b` (b: slope, broadcast). */
  PReLU = 6,
  /** `(a - b)^2`. */
  SquaredDifference = 7,
}

/** Maximum rank the elementwise kernels handle. */
const MAX_ELEMENTWISE_RANK = 8;

/**
 * The broadcast shape of `a` and `b` (dims aligned from the right, each pair equal or one of them
 * 1), or `undefined` when they do not broadcast.
 */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | undefined {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) return undefined;
    out[i] = da === 1 ? db : da;
  }
  return out;
}

function apply(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case BinaryOp.Add:
      return a + b;
    case BinaryOp.Subtract:
      return a - b;
    case BinaryOp.Multiply:
      return a * b;
    case BinaryOp.Divide:
      return a / b;
    // As XNNPACK's kernels on x86 (minps/maxps, first operand first): the second operand when
    // either is NaN, so a NaN in `a` alone is dropped and a NaN in `b` is kept.
    case BinaryOp.Minimum:
      return a < b ? a : b;
    case BinaryOp.Maximum:
      return a > b ? a : b;
    case BinaryOp.PReLU:
      return a > 0 ? a : a * b;
    case BinaryOp.SquaredDifference: {
      const d = a - b;
      return d * d;
    }
  }
}

/** Reusable per-call scratch, so that execution allocates nothing. */
export interface BinaryScratch {
  readonly index: Int32Array;
  readonly aStrides: Int32Array;
  readonly bStrides: Int32Array;
}

/** Scratch space for {@link binaryF32}. */
export function createBinaryScratch(): BinaryScratch {
  return {
    index: new Int32Array(MAX_ELEMENTWISE_RANK),
    aStrides: new Int32Array(MAX_ELEMENTWISE_RANK),
    bStrides: new Int32Array(MAX_ELEMENTWISE_RANK),
  };
}

function broadcastStrides(shape: readonly number[], outRank: number, into: Int32Array): void {
  let stride = 1;
  for (let i = outRank - 1; i >= 0; i--) {
    const d = shape[shape.length - outRank + i] ?? 1;
    into[i] = d === 1 ? 0 : stride;
    stride *= d;
  }
}

/**
 * `out = clamp(op(a, b), min, max)` elementwise with broadcasting. `outShape` must be the
 * broadcast of `aShape` and `bShape` (see {@link broadcastShapes}). The clamp is
 * `v < min ? min : v > max ? max : v` (a NaN stays NaN); minimum and maximum treat NaN as
 * XNNPACK's kernels on x86 do (see `apply`).
 */
export function binaryF32(
  op: BinaryOp,
  a: Float32Array,
  aShape: readonly number[],
  b: Float32Array,
  bShape: readonly number[],
  out: Float32Array,
  outShape: readonly number[],
  min: number,
  max: number,
  scratch: BinaryScratch,
): void {
  let n = 1;
  for (const d of outShape) n *= d;
  if (n === 0) return;
  const clamp = min > Number.NEGATIVE_INFINITY || max < Number.POSITIVE_INFINITY;
  const rank = outShape.length;
  const { index, aStrides, bStrides } = scratch;
  broadcastStrides(aShape, rank, aStrides);
  broadcastStrides(bShape, rank, bStrides);
  const inner = rank === 0 ? 1 : (outShape[rank - 1] as number);
  const sa = rank === 0 ? 0 : (aStrides[rank - 1] as number);
  const sb = rank === 0 ? 0 : (bStrides[rank - 1] as number);
  index.fill(0);
  let ia = 0;
  let ib = 0;
  for (let o = 0; o < n; o += inner) {
    let pa = ia;
    let pb = ib;
    for (let j = 0; j < inner; j++) {
      let v = apply(op, a[pa] as number, b[pb] as number);
      if (clamp) v = v < min ? min : v > max ? max : v;
      out[o + j] = v;
      pa += sa;
      pb += sb;
    }
    // Advance the outer index (all dims but the last).
    for (let d = rank - 2; d >= 0; d--) {
      const next = (index[d] as number) + 1;
      if (next < (outShape[d] as number)) {
        index[d] = next;
        ia += aStrides[d] as number;
        ib += bStrides[d] as number;
        break;
      }
      index[d] = 0;
      ia -= (aStrides[d] as number) * ((outShape[d] as number) - 1);
      ib -= (bStrides[d] as number) * ((outShape[d] as number) - 1);
    }
  }
}

/**
 * Calls `f(ia, ib, o)` for every output element `o` of the broadcast of `aShape` and `bShape`
 * (`outShape`, see {@link broadcastShapes}) with the element indices of `a` and `b` it reads.
 */
export function forEachBroadcast(
  aShape: readonly number[],
  bShape: readonly number[],
  outShape: readonly number[],
  scratch: BinaryScratch,
  f: (ia: number, ib: number, o: number) => void,
): void {
  let n = 1;
  for (const d of outShape) n *= d;
  if (n === 0) return;
  const rank = outShape.length;
  const { index, aStrides, bStrides } = scratch;
  broadcastStrides(aShape, rank, aStrides);
  broadcastStrides(bShape, rank, bStrides);
  const inner = rank === 0 ? 1 : (outShape[rank - 1] as number);
  const sa = rank === 0 ? 0 : (aStrides[rank - 1] as number);
  const sb = rank === 0 ? 0 : (bStrides[rank - 1] as number);
  index.fill(0);
  let ia = 0;
  let ib = 0;
  for (let o = 0; o < n; o += inner) {
    let pa = ia;
    let pb = ib;
    for (let j = 0; j < inner; j++) {
      f(pa, pb, o + j);
      pa += sa;
      pb += sb;
    }
    for (let d = rank - 2; d >= 0; d--) {
      const next = (index[d] as number) + 1;
      if (next < (outShape[d] as number)) {
        index[d] = next;
        ia += aStrides[d] as number;
        ib += bStrides[d] as number;
        break;
      }
      index[d] = 0;
      ia -= (aStrides[d] as number) * ((outShape[d] as number) - 1);
      ib -= (bStrides[d] as number) * ((outShape[d] as number) - 1);
    }
  }
}
