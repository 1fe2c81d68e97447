// ---------------------------------------------------------------------------------------------
// Batched matrix multiply of two activations for the SIMD128 build (no fused multiply-add):
// bit-identical to the TypeScript kernel `batchMatMulF32`, which follows XNNPACK's fused rounding
// as closely as doubles allow: one fp32 accumulator per output from +0, `acc = fp32(acc + x * w)`
// for k = 0, 1, ... in order, the product and the sum in doubles (the product of two fp32 values is
// exact there). Lanes are doubles, demoted to fp32 and promoted back after every step.
// Same arguments as bmm_part: A `[m, k]`, B `[k, n]` or (`transB` != 0) `[n, k]` per batch (stride 0
// repeats one matrix); a transposed B is copied as `[k, n]` into `scratch` (k * n floats).

import { splitAt } from '../common';

/** `fp32(acc + x * w)` on two double lanes. */
function step2(acc: v128, x: v128, w: v128): v128 {
  return f64x2.promote_low_f32x4(f32x4.demote_f64x2_zero(f64x2.add(acc, f64x2.mul(x, w))));
}

/** Two double lanes as the low two fp32 lanes, two more as the high ones. */
function narrow4(lo: v128, hi: v128): v128 {
  return v128.shuffle<f32>(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
}

/** One batch: `out[m, n] = A[m, k] @ B[k, n]` (B rows `n` floats apart). */
function multiply(m: i32, k: i32, n: i32, a: usize, b: usize, out: usize): void {
  const n8 = n & ~7;
  const rowB = (<usize>n) << 2;
  for (let r = 0; r < m; r++) {
    const ar = a + ((<usize>r * <usize>k) << 2);
    const or = out + ((<usize>r * <usize>n) << 2);
    let j = 0;
    for (; j < n8; j += 8) {
      let c0 = f64x2.splat(0);
      let c1 = c0;
      let c2 = c0;
      let c3 = c0;
      let wp = b + ((<usize>j) << 2);
      for (let p = 0; p < k; p++) {
        const x = f64x2.splat(<f64>load<f32>(ar + ((<usize>p) << 2)));
        const w0 = v128.load(wp);
        const w1 = v128.load(wp, 16);
        wp += rowB;
        c0 = step2(c0, x, f64x2.promote_low_f32x4(w0));
        c1 = step2(c1, x, f64x2.promote_low_f32x4(v128.shuffle<f32>(w0, w0, 2, 3, 0, 1)));
        c2 = step2(c2, x, f64x2.promote_low_f32x4(w1));
        c3 = step2(c3, x, f64x2.promote_low_f32x4(v128.shuffle<f32>(w1, w1, 2, 3, 0, 1)));
      }
      v128.store(or + ((<usize>j) << 2), narrow4(c0, c1));
      v128.store(or + ((<usize>j) << 2), narrow4(c2, c3), 16);
    }
    for (; j < n; j++) {
      let acc: f32 = 0;
      let wp = b + ((<usize>j) << 2);
      for (let p = 0; p < k; p++) {
        acc = <f32>(<f64>acc + <f64>load<f32>(ar + ((<usize>p) << 2)) * <f64>load<f32>(wp));
        wp += rowB;
      }
      store<f32>(or + ((<usize>j) << 2), acc);
    }
  }
}

/** Part `part` of `parts` of the exact batched matrix multiply (ranges of batches, each part its own scratch). */
export function bmm_exact_part(
  batch: i32,
  m: i32,
  k: i32,
  n: i32,
  a: usize,
  aStride: i32,
  b: usize,
  bStride: i32,
  transB: i32,
  out: usize,
  scratch: usize,
  part: i32,
  parts: i32,
): void {
  const b1 = splitAt(batch, part + 1, parts);
  for (let i = splitAt(batch, part, parts); i < b1; i++) {
    let bp = b + ((<usize>i * <usize>bStride) << 2);
    if (transB !== 0) {
      // [n, k] -> [k, n]
      for (let j = 0; j < n; j++) {
        const src = bp + ((<usize>j * <usize>k) << 2);
        for (let p = 0; p < k; p++)
          store<f32>(scratch + ((<usize>p * <usize>n + <usize>j) << 2), load<f32>(src + ((<usize>p) << 2)));
      }
      bp = scratch;
    }
    multiply(m, k, n, a + ((<usize>i * <usize>aStride) << 2), bp, out + ((<usize>i * <usize>m * <usize>n) << 2));
  }
}
