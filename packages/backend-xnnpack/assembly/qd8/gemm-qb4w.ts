// ---------------------------------------------------------------------------------------------
// Dynamically quantized GEMM with blockwise int4 weights (qd8 x qb4w -> fp32), fused: the int32 dot
// product of each block of `bs` inputs stays in registers and is folded straight into the fp32
// result, so a matrix-vector product (a decode step) reads its weights once and writes only its
// outputs. The arithmetic is the TypeScript kernel's (`qFullyConnectedBlockwise`), bit for bit:
// `v = fp32(ksums[j] * zx)`, then per block `v = fp32(v + fp32(dot_b * scale_jb))`, then
// `fp32(v * sx)`, plus the bias (fp32), clamped. The product `dot_b * scale` is rounded once, as the
// reference's double product is, because the caller guarantees |dot_b| < 2^24 (exact in fp32):
// `bs * max|w| * 128 < 2^24`.
//
// x int8 `[m, k]`; w int8 `[n, k]` (int4 values, zero point removed: a byte per weight, half the
// memory traffic of int16 for the bandwidth-bound matrix-vector product); `scales` packed per group of 4 channels
// as `[ceil(n / 4)][blocks][4]` fp32 (lanes past n zero); `ksums`, `bias` (0: none) `[n]`; `zx`
// (int32) and `sx` (fp32) one per row; out fp32 `[m, n]`. Work items are (group of 4 channels, row),
// so a single row splits across threads too.

import { splitAt } from '../common';
import { clamp4, laneSum, sum4x4 } from './finish';

/** Part `part` of `parts` of the fused qd8 x qb4w GEMM (ranges of (row, channel group) items). */
export function qd8_gemm_qb4w_part(
  m: i32,
  n: i32,
  k: i32,
  bs: i32,
  x: usize,
  w: usize,
  scales: usize,
  ksums: usize,
  bias: usize,
  zx: usize,
  sx: usize,
  out: usize,
  min: f32,
  max: f32,
  part: i32,
  parts: i32,
): void {
  const groups = (n + 3) >> 2;
  const items = m * groups;
  const blocks = bs > 0 ? k / bs : 0;
  const bs8 = bs & ~7;
  const wRow = <usize>k;
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const i1 = splitAt(items, part + 1, parts);
  for (let it = splitAt(items, part, parts); it < i1; it++) {
    // Channel-group-major: the rows of a chunk take turns on one group's weights (4 x k bytes) while
    // they are in the cache, so a prefill reads the weights about once, not once per row.
    const g = it / m;
    const r = it - g * m;
    const j = g << 2;
    const xr = x + <usize>r * <usize>k;
    const zxr = <f32>load<i32>(zx + ((<usize>r) << 2));
    const sxr = load<f32>(sx + ((<usize>r) << 2));
    const sp = scales + ((<usize>g * <usize>blocks) << 4);
    const o = out + ((<usize>r * <usize>n + <usize>j) << 2);
    if (j + 4 <= n) {
      const w0 = w + <usize>j * wRow;
      const w1 = w0 + wRow;
      const w2 = w1 + wRow;
      const w3 = w2 + wRow;
      // zx is an integer in [-128, 255]: exact in fp32, so this product rounds once too.
      let v = f32x4.mul(v128.load(ksums + ((<usize>j) << 2)), f32x4.splat(zxr));
      for (let b = 0; b < blocks; b++) {
        const p0 = b * bs;
        let a0 = i32x4.splat(0);
        let a1 = i32x4.splat(0);
        let a2 = i32x4.splat(0);
        let a3 = i32x4.splat(0);
        for (let p = p0; p < p0 + bs8; p += 8) {
          const xv = v128.load8x8_s(xr + <usize>p);
          const pb = <usize>p;
          a0 = i32x4.add(a0, i32x4.dot_i16x8_s(xv, v128.load8x8_s(w0 + pb)));
          a1 = i32x4.add(a1, i32x4.dot_i16x8_s(xv, v128.load8x8_s(w1 + pb)));
          a2 = i32x4.add(a2, i32x4.dot_i16x8_s(xv, v128.load8x8_s(w2 + pb)));
          a3 = i32x4.add(a3, i32x4.dot_i16x8_s(xv, v128.load8x8_s(w3 + pb)));
        }
        let d = sum4x4(a0, a1, a2, a3);
        if (bs8 < bs) {
          let s0 = 0;
          let s1 = 0;
          let s2 = 0;
          let s3 = 0;
          for (let p = p0 + bs8; p < p0 + bs; p++) {
            const xs = <i32>load<i8>(xr + <usize>p);
            const pb = <usize>p;
            s0 += xs * <i32>load<i8>(w0 + pb);
            s1 += xs * <i32>load<i8>(w1 + pb);
            s2 += xs * <i32>load<i8>(w2 + pb);
            s3 += xs * <i32>load<i8>(w3 + pb);
          }
          let t = i32x4.splat(s0);
          t = i32x4.replace_lane(t, 1, s1);
          t = i32x4.replace_lane(t, 2, s2);
          t = i32x4.replace_lane(t, 3, s3);
          d = i32x4.add(d, t);
        }
        v = f32x4.add(v, f32x4.mul(f32x4.convert_i32x4_s(d), v128.load(sp + ((<usize>b) << 4))));
      }
      v = f32x4.mul(v, f32x4.splat(sxr));
      if (bias) v = f32x4.add(v, v128.load(bias + ((<usize>j) << 2)));
      v128.store(o, clamp4(v, lo, hi));
      continue;
    }
    // The last, partial group: one channel at a time.
    for (let l = 0; j + l < n; l++) {
      const jj = j + l;
      const wj = w + <usize>jj * wRow;
      let v = load<f32>(ksums + ((<usize>jj) << 2)) * zxr;
      for (let b = 0; b < blocks; b++) {
        const p0 = b * bs;
        let a = i32x4.splat(0);
        for (let p = p0; p < p0 + bs8; p += 8)
          a = i32x4.add(a, i32x4.dot_i16x8_s(v128.load8x8_s(xr + <usize>p), v128.load8x8_s(wj + <usize>p)));
        let dot = laneSum(a);
        for (let p = p0 + bs8; p < p0 + bs; p++) dot += <i32>load<i8>(xr + <usize>p) * <i32>load<i8>(wj + <usize>p);
        v += <f32>dot * load<f32>(sp + ((<usize>(b * 4 + l)) << 2));
      }
      v *= sxr;
      if (bias) v += load<f32>(bias + ((<usize>jj) << 2));
      v = v < min ? min : v > max ? max : v;
      store<f32>(o + ((<usize>l) << 2), v);
    }
  }
}

/** The whole fused qd8 x qb4w GEMM on this thread (see {@link qd8_gemm_qb4w_part}). */
export function qd8_gemm_qb4w(
  m: i32,
  n: i32,
  k: i32,
  bs: i32,
  x: usize,
  w: usize,
  scales: usize,
  ksums: usize,
  bias: usize,
  zx: usize,
  sx: usize,
  out: usize,
  min: f32,
  max: f32,
): void {
  qd8_gemm_qb4w_part(m, n, k, bs, x, w, scales, ksums, bias, zx, sx, out, min, max, 0, 1);
}
