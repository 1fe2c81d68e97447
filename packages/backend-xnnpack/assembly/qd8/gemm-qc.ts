// ---------------------------------------------------------------------------------------------
// Dynamically quantized GEMM with per-channel int8/int4 weights (qd8 x qc8w/qc4w -> fp32), fused:
// each output's int32 dot product is finished in registers with the arithmetic of `qd8_emit` (so
// bit-identical to the TypeScript kernel `qFullyConnected`), and work items are (row, group of 4
// channels), so a matrix-vector product (a decode step) splits across threads and reads its
// weights once.
//
// x int8 `[m, k]`; w int16 `[n, k]` (zero point removed); `rowSums` int32, `scales` and `bias`
// (0: none) fp32 `[n]`; `zx` (int32) and `sx` (fp32) one per row; out fp32 `[m, n]`. Products are
// below 2^15, so k < 2^16 cannot overflow the int32 dot products.

import { splitAt } from '../common';
import { finishPerChannel1, finishPerChannel4, laneSum, sum4x4 } from './finish';

/** Part `part` of `parts` of the fused qd8 x per-channel GEMM (ranges of (row, channel group) items). */
export function qd8_gemm_qc_part(
  m: i32,
  n: i32,
  k: i32,
  x: usize,
  w: usize,
  rowSums: usize,
  scales: usize,
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
  const k8 = k & ~7;
  const wRow = (<usize>k) << 1;
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const i1 = splitAt(items, part + 1, parts);
  for (let it = splitAt(items, part, parts); it < i1; it++) {
    const r = it / groups;
    const g = it - r * groups;
    const j = g << 2;
    const xr = x + <usize>r * <usize>k;
    const zs = <f64>load<i32>(zx + ((<usize>r) << 2));
    const ss = load<f32>(sx + ((<usize>r) << 2));
    const jb = (<usize>j) << 2;
    const o = out + ((<usize>r * <usize>n) << 2) + jb;
    if (j + 4 <= n) {
      const w0 = w + <usize>j * wRow;
      const w1 = w0 + wRow;
      const w2 = w1 + wRow;
      const w3 = w2 + wRow;
      let a0 = i32x4.splat(0);
      let a1 = i32x4.splat(0);
      let a2 = i32x4.splat(0);
      let a3 = i32x4.splat(0);
      for (let p = 0; p < k8; p += 8) {
        const xv = v128.load8x8_s(xr + <usize>p);
        const pb = (<usize>p) << 1;
        a0 = i32x4.add(a0, i32x4.dot_i16x8_s(xv, v128.load(w0 + pb)));
        a1 = i32x4.add(a1, i32x4.dot_i16x8_s(xv, v128.load(w1 + pb)));
        a2 = i32x4.add(a2, i32x4.dot_i16x8_s(xv, v128.load(w2 + pb)));
        a3 = i32x4.add(a3, i32x4.dot_i16x8_s(xv, v128.load(w3 + pb)));
      }
      let d = sum4x4(a0, a1, a2, a3);
      if (k8 < k) {
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let p = k8; p < k; p++) {
          const xs = <i32>load<i8>(xr + <usize>p);
          const pb = (<usize>p) << 1;
          s0 += xs * <i32>load<i16>(w0 + pb);
          s1 += xs * <i32>load<i16>(w1 + pb);
          s2 += xs * <i32>load<i16>(w2 + pb);
          s3 += xs * <i32>load<i16>(w3 + pb);
        }
        let t = i32x4.splat(s0);
        t = i32x4.replace_lane(t, 1, s1);
        t = i32x4.replace_lane(t, 2, s2);
        t = i32x4.replace_lane(t, 3, s3);
        d = i32x4.add(d, t);
      }
      const b = bias ? v128.load(bias + jb) : f32x4.splat(0);
      const v = finishPerChannel4(
        d,
        v128.load(rowSums + jb),
        f64x2.splat(zs),
        f32x4.splat(ss),
        v128.load(scales + jb),
        b,
        lo,
        hi,
      );
      v128.store(o, v);
      continue;
    }
    // The last, partial group: one channel at a time.
    for (let l = 0; j + l < n; l++) {
      const jj = j + l;
      const wj = w + <usize>jj * wRow;
      let a = i32x4.splat(0);
      for (let p = 0; p < k8; p += 8)
        a = i32x4.add(a, i32x4.dot_i16x8_s(v128.load8x8_s(xr + <usize>p), v128.load(wj + ((<usize>p) << 1))));
      let dot = laneSum(a);
      for (let p = k8; p < k; p++) dot += <i32>load<i8>(xr + <usize>p) * <i32>load<i16>(wj + ((<usize>p) << 1));
      const cb = (<usize>jj) << 2;
      const b: f64 = bias ? <f64>load<f32>(bias + cb) : 0;
      const v = finishPerChannel1(dot, load<i32>(rowSums + cb), zs, ss, load<f32>(scales + cb), b, min, max);
      store<f32>(o + ((<usize>l) << 2), v);
    }
  }
}

/** The whole fused qd8 x per-channel GEMM on this thread (see {@link qd8_gemm_qc_part}). */
export function qd8_gemm_qc(
  m: i32,
  n: i32,
  k: i32,
  x: usize,
  w: usize,
  rowSums: usize,
  scales: usize,
  bias: usize,
  zx: usize,
  sx: usize,
  out: usize,
  min: f32,
  max: f32,
): void {
  qd8_gemm_qc_part(m, n, k, x, w, rowSums, scales, bias, zx, sx, out, min, max, 0, 1);
}
