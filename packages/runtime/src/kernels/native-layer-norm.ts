import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { doubleArg, expectArgs, intListArg, optTensorArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::native_layer_norm.out';

/** Rounds a number to the precision the statistics are kept in. */
type Round = (v: number) => number;

const identity: Round = (v) => v;

/**
 * Rows at least this long take the blocked Welford path below; shorter rows the two-sum scalar
 * path. ExecuTorch's (optimized) CPU kernel switches at this length too: both paths are reproduced
 * operation by operation so that float32 results match ExecuTorch's to the bit (a quantized model
 * after a layer norm rounds its activations, and a one-ulp difference flips some of them).
 */
const BLOCKED_MIN_ROW = 256;
/** Vectors per block of the blocked path. */
const BLOCK = 16;

/** The statistics of one normalised row. */
interface RowResult {
  mean: number;
  rstd: number;
}

/** `ceil(log2(x))`, at least 1 (the depth of the merge stack for `x` blocks). */
function mergeDepth(x: number): number {
  if (x <= 2) return 1;
  return Math.floor(Math.log2(x - 1)) + 1;
}

/** `r(1 / (j + 1))` for j < {@link BLOCK}, per rounding function (computed once). */
const recipTables = new Map<Round, Float64Array>();

function recipTable(r: Round): Float64Array {
  let t = recipTables.get(r);
  if (!t) {
    t = new Float64Array(BLOCK);
    for (let j = 0; j < BLOCK; j++) t[j] = r(1 / (j + 1));
    recipTables.set(r, t);
  }
  return t;
}

/**
 * Working arrays of {@link blockedMoments}, made once per kernel call and reused for every row:
 * the merge stack (count, per-lane mean, per-lane sum of squared deviations per level) and one
 * block's per-lane moments.
 */
class MomentScratch {
  readonly count: number[];
  readonly mean: Float64Array[];
  readonly m2: Float64Array[];
  readonly blockMean: Float64Array;
  readonly blockM2: Float64Array;
  constructor(lanes: number, depth: number) {
    this.count = new Array<number>(depth).fill(0);
    this.mean = Array.from({ length: depth }, () => new Float64Array(lanes));
    this.m2 = Array.from({ length: depth }, () => new Float64Array(lanes));
    this.blockMean = new Float64Array(lanes);
    this.blockM2 = new Float64Array(lanes);
  }
}

/** Merges `addCount` values with per-lane moments (`addMean`, `addM2`) into level `into`. */
function mergeInto(
  k: MomentScratch,
  lanes: number,
  r: Round,
  addCount: number,
  addMean: Float64Array,
  addM2: Float64Array,
  into: number,
): void {
  const total = k.count[into] as number;
  const merged = total + addCount;
  const c = merged === 0 ? 0 : r(r(addCount) / r(merged));
  const m = k.mean[into] as Float64Array;
  const s = k.m2[into] as Float64Array;
  for (let l = 0; l < lanes; l++) {
    const delta = r((addMean[l] as number) - (m[l] as number));
    m[l] = r((m[l] as number) + r(c * delta));
    s[l] = r((s[l] as number) + r((addM2[l] as number) + r(r(r(delta * delta) * c) * total)));
  }
  k.count[into] = merged;
}

/**
 * Moments of `x[base .. base + n)` the way a SIMD Welford kernel with `lanes`-wide vectors computes
 * them: each lane runs Welford's update over blocks of {@link BLOCK} vectors (the reciprocal of the
 * running count read from a rounded table), block results are merged pairwise through a binary
 * counter of partial results (a cascade sum), leftover elements run a scalar Welford update, and the
 * lanes are merged into that last. Every operation is rounded with `r`. `k` holds at least
 * `mergeDepth(blocks)` levels of `lanes` lanes.
 */
function blockedMoments(
  x: ArrayLike<number>,
  base: number,
  n: number,
  lanes: number,
  r: Round,
  k: MomentScratch,
): [number, number] {
  const vectors = Math.floor(n / lanes);
  const blocks = Math.ceil(vectors / BLOCK);
  const depth = mergeDepth(blocks);
  const recip = recipTable(r);
  for (let level = 0; level < depth; level++) {
    k.count[level] = 0;
    (k.mean[level] as Float64Array).fill(0);
    (k.m2[level] as Float64Array).fill(0);
  }
  const { blockMean, blockM2 } = k;
  for (let b = 0; b < blocks; b++) {
    const start = base + b * BLOCK * lanes;
    const steps = Math.min(BLOCK, vectors - b * BLOCK);
    blockMean.fill(0);
    blockM2.fill(0);
    for (let j = 0; j < steps; j++) {
      const c = recip[j] as number;
      for (let l = 0; l < lanes; l++) {
        const v = x[start + j * lanes + l] as number;
        const delta = r(v - (blockMean[l] as number));
        const m = r((blockMean[l] as number) + r(delta * c));
        blockMean[l] = m;
        blockM2[l] = r((blockM2[l] as number) + r(delta * r(v - m)));
      }
    }
    mergeInto(k, lanes, r, steps, blockMean, blockM2, 0);
    // carry like a binary counter: level j-1 folds into level j when bit j-1 of (b + 1) is 0
    let bits = b + 1;
    for (let level = 1; level < depth && (bits & 1) === 0; level++) {
      mergeInto(
        k,
        lanes,
        r,
        k.count[level - 1] as number,
        k.mean[level - 1] as Float64Array,
        k.m2[level - 1] as Float64Array,
        level,
      );
      k.count[level - 1] = 0;
      (k.mean[level - 1] as Float64Array).fill(0);
      (k.m2[level - 1] as Float64Array).fill(0);
      bits >>= 1;
    }
  }
  for (let level = 1; level < depth; level++) {
    mergeInto(k, lanes, r, k.count[level] as number, k.mean[level] as Float64Array, k.m2[level] as Float64Array, 0);
  }
  let count = 0;
  let mu = 0;
  let sq = 0;
  for (let i = vectors * lanes; i < n; i++) {
    const v = x[base + i] as number;
    const delta = r(v - mu);
    count++;
    mu = r(mu + r(delta / count));
    sq = r(sq + r(delta * r(v - mu)));
  }
  const laneMean = k.mean[0] as Float64Array;
  const laneM2 = k.m2[0] as Float64Array;
  for (let l = 0; l < lanes; l++) {
    const merged = count + vectors;
    const c = merged === 0 ? 0 : r(r(vectors) / r(merged));
    const delta = r((laneMean[l] as number) - mu);
    mu = r(mu + r(c * delta));
    sq = r(sq + r((laneM2[l] as number) + r(r(r(delta * delta) * c) * count)));
    count = merged;
  }
  return [mu, r(sq / n)];
}

/**
 * Normalises one row as ExecuTorch's CPU kernel does: rows of at least {@link BLOCKED_MIN_ROW}
 * float32 or float64 values (`r` rounds to the element type, `lanes` is its vector width), and
 * shorter float32 rows. Shorter float64 rows are not handled here.
 */
function normaliseRow(
  x: ArrayLike<number>,
  base: number,
  n: number,
  w: ArrayLike<number> | null,
  b: ArrayLike<number> | null,
  eps: number,
  r: Round,
  lanes: number,
  res: Float64Array,
  scratch: MomentScratch,
): RowResult {
  if (n >= BLOCKED_MIN_ROW) {
    const [mean, variance] = blockedMoments(x, base, n, lanes, r, scratch);
    const rstd = r(1 / r(Math.sqrt(r(variance + r(eps)))));
    const offset = r(-rstd * mean);
    for (let j = 0; j < n; j++) {
      let v = r(r((x[base + j] as number) * rstd) + offset);
      v = r(v * (w ? (w[j] as number) : 1));
      res[base + j] = r(v + (b ? (b[j] as number) : 0));
    }
    return { mean, rstd };
  }
  // short float32 rows: plain float32 sum and sum of squares, variance = E[x^2] - E[x]^2
  const f = Math.fround;
  let sum = 0;
  let sumSq = 0;
  for (let j = 0; j < n; j++) sum = f(sum + (x[base + j] as number));
  for (let j = 0; j < n; j++) {
    const v = x[base + j] as number;
    sumSq = f(sumSq + f(v * v));
  }
  const mean = f(sum / n);
  const variance = f(f(sumSq / n) - f(mean * mean));
  const std = f(Math.sqrt(f(variance + f(eps))));
  for (let j = 0; j < n; j++) {
    const v = f(f((x[base + j] as number) - mean) / std);
    res[base + j] = f(f(v * (w ? (w[j] as number) : 1)) + (b ? (b[j] as number) : 0));
  }
  return { mean, rstd: f(1 / std) };
}

/**
 * `aten::native_layer_norm.out(Tensor input, SymInt[] normalized_shape, Tensor? weight, Tensor? bias,
 * float eps, *, Tensor(a!) out0, Tensor(b!) out1, Tensor(c!) out2)`: returns (out, mean, rstd).
 *
 * Float rows, and double rows of at least {@link BLOCKED_MIN_ROW} values, follow ExecuTorch's CPU
 * kernel operation by operation (see {@link normaliseRow}); other rows (half, bfloat16, short double
 * rows) are computed in double precision and rounded once.
 */
export const nativeLayerNorm = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 8);
    const x = tensorArg(OP, args, 0);
    const shape = intListArg(OP, args, 1);
    const weight = optTensorArg(OP, args, 2);
    const bias = optTensorArg(OP, args, 3);
    const eps = doubleArg(OP, args, 4);
    const out = tensorArg(OP, args, 5);
    const meanOut = tensorArg(OP, args, 6);
    const rstdOut = tensorArg(OP, args, 7);
    checkDtypes(OP, FLOAT_TYPES, x, weight, bias, out, meanOut, rstdOut);
    const axis = x.rank - shape.length;
    if (shape.length === 0 || axis < 0 || shape.some((s, i) => s !== x.sizes[axis + i])) {
      fail(OP, `normalized_shape [${shape.join(', ')}] does not match the trailing sizes of [${x.sizes.join(', ')}]`);
    }
    let M = 1;
    for (const s of shape) M *= s;
    for (const [name, t] of [
      ['weight', weight],
      ['bias', bias],
    ] as const) {
      if (t && (t.rank !== shape.length || t.sizes.some((s, i) => s !== shape[i]))) {
        fail(OP, `${name} of sizes [${t.sizes.join(', ')}] does not match normalized_shape [${shape.join(', ')}]`);
      }
    }
    const statSizes = [...x.sizes.slice(0, axis), ...shape.map(() => 1)];
    resizeOut(OP, out, x.sizes);
    resizeOut(OP, meanOut, statSizes);
    resizeOut(OP, rstdOut, statSizes);
    const rows = M === 0 ? 0 : x.numel / M;
    const xd = readLogical(OP, x);
    const wd = weight ? readLogical(OP, weight) : null;
    const bd = bias ? readLogical(OP, bias) : null;
    const cast = castFn(x.dtype);
    const res = new Float64Array(x.numel);
    const means = new Float64Array(rows);
    const rstds = new Float64Array(rows);
    const exact = x.dtype === ScalarType.Float || (x.dtype === ScalarType.Double && M >= BLOCKED_MIN_ROW);
    const round: Round = x.dtype === ScalarType.Float ? Math.fround : identity;
    const lanes = x.dtype === ScalarType.Float ? 8 : 4;
    const scratch = new MomentScratch(lanes, mergeDepth(Math.ceil(Math.floor(M / lanes) / BLOCK)));
    for (let r = 0; r < rows; r++) {
      const base = r * M;
      if (exact) {
        const s = normaliseRow(xd, base, M, wd, bd, eps, round, lanes, res, scratch);
        means[r] = s.mean;
        rstds[r] = s.rstd;
        continue;
      }
      let sum = 0;
      for (let j = 0; j < M; j++) sum += xd[base + j] as number;
      const mean = sum / M;
      let sq = 0;
      for (let j = 0; j < M; j++) {
        const d = (xd[base + j] as number) - mean;
        sq += d * d;
      }
      const rstd = 1 / Math.sqrt(sq / M + eps);
      means[r] = cast(mean);
      rstds[r] = cast(rstd);
      for (let j = 0; j < M; j++) {
        let v = ((xd[base + j] as number) - mean) * rstd;
        if (wd) v *= wd[j] as number;
        if (bd) v += bd[j] as number;
        res[base + j] = cast(v);
      }
    }
    writeLogical(OP, out, res);
    writeLogical(OP, meanOut, means);
    writeLogical(OP, rstdOut, rstds);
  },
});
