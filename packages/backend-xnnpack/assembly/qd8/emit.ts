// ---------------------------------------------------------------------------------------------
// Dynamically quantized (qd8) GEMMs: the fp32 outputs from the int32 dot products of qd8_dots,
// with each row's input zero point `zx[i]` (int32) and scale `sx[i]` (fp32). Operation by operation
// the arithmetic of the TypeScript kernels in src/kernels/quantized-gemm.ts (which follow XNNPACK),
// with the same roundings, so the outputs are bit-identical to theirs: where those compute in
// doubles and round to fp32 once, so does the code here (f64, then a demotion).
//
// `bias` 0 means no bias. The output rows are `n` floats apart; the clamp keeps NaN.

import { clamp4, finishPerChannel1, finishPerChannel4 } from './finish';

/**
 * Per-channel weights (qc8w / qc4w): for row i and channel j, with `acc = dots[i][j] - zx[i] *
 * rowSums[j]` (exact), `t = fp32(fp32(acc) * sx[i])`, `out = clamp(fp32(t * scales[j] + bias[j]))`
 * (the multiply-add in doubles, rounded once to fp32 as the reference does).
 */
export function qd8_emit(
  rows: i32,
  n: i32,
  dots: usize,
  rowSums: usize,
  scales: usize,
  bias: usize,
  zx: usize,
  sx: usize,
  out: usize,
  min: f32,
  max: f32,
): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const n4 = n & ~3;
  const rowBytes = (<usize>n) << 2;
  for (let i = 0; i < rows; i++) {
    const zxi = f64x2.splat(<f64>load<i32>(zx + ((<usize>i) << 2)));
    const sxi = f32x4.splat(load<f32>(sx + ((<usize>i) << 2)));
    const d = dots + <usize>i * rowBytes;
    const o = out + <usize>i * rowBytes;
    let j = 0;
    for (; j < n4; j += 4) {
      const jb = (<usize>j) << 2;
      const b = bias ? v128.load(bias + jb) : f32x4.splat(0);
      const v = finishPerChannel4(
        v128.load(d + jb),
        v128.load(rowSums + jb),
        zxi,
        sxi,
        v128.load(scales + jb),
        b,
        lo,
        hi,
      );
      v128.store(o + jb, v);
    }
    const zs = f64x2.extract_lane(zxi, 0);
    const ss = f32x4.extract_lane(sxi, 0);
    for (; j < n; j++) {
      const jb = (<usize>j) << 2;
      const b: f64 = bias ? <f64>load<f32>(bias + jb) : 0;
      const v = finishPerChannel1(
        load<i32>(d + jb),
        load<i32>(rowSums + jb),
        zs,
        ss,
        load<f32>(scales + jb),
        b,
        min,
        max,
      );
      store<f32>(o + jb, v);
    }
  }
}

/**
 * Blockwise int4 weights (qb4w): dots `[rows, n, blocks]`; per row i and channel j, starting from
 * `fp32(ksums[j] * zx[i])`, add `fp32(dot_b * scales[j][b])` block by block (the product in
 * doubles, as the reference), then `fp32(v * sx[i])`, plus the bias (fp32), clamped.
 */
export function qd8_emit_blockwise(
  rows: i32,
  n: i32,
  blocks: i32,
  dots: usize,
  scales: usize,
  ksums: usize,
  bias: usize,
  zx: usize,
  sx: usize,
  out: usize,
  min: f32,
  max: f32,
): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const n4 = n & ~3;
  const chan = (<usize>blocks) << 2;
  for (let i = 0; i < rows; i++) {
    const zxi = f32x4.splat(<f32>load<i32>(zx + ((<usize>i) << 2)));
    const sxi = f32x4.splat(load<f32>(sx + ((<usize>i) << 2)));
    const d = dots + <usize>i * <usize>n * chan;
    const o = out + ((<usize>i * <usize>n) << 2);
    let j = 0;
    for (; j < n4; j += 4) {
      const jb = (<usize>j) << 2;
      // zx is an integer in [-128, 255]: exact in fp32, so the fp32 product rounds once as the
      // reference's double product does.
      let v = f32x4.mul(v128.load(ksums + jb), zxi);
      let d0 = d + <usize>j * chan;
      let s0 = scales + <usize>j * chan;
      for (let b = 0; b < blocks; b++) {
        let dv = i32x4.splat(load<i32>(d0));
        dv = i32x4.replace_lane(dv, 1, load<i32>(d0 + chan));
        dv = i32x4.replace_lane(dv, 2, load<i32>(d0 + chan * 2));
        dv = i32x4.replace_lane(dv, 3, load<i32>(d0 + chan * 3));
        let sv = f32x4.splat(load<f32>(s0));
        sv = f32x4.replace_lane(sv, 1, load<f32>(s0 + chan));
        sv = f32x4.replace_lane(sv, 2, load<f32>(s0 + chan * 2));
        sv = f32x4.replace_lane(sv, 3, load<f32>(s0 + chan * 3));
        const pLo = f64x2.mul(f64x2.convert_low_i32x4_s(dv), f64x2.promote_low_f32x4(sv));
        const dHi = v128.shuffle<i32>(dv, dv, 2, 3, 0, 1);
        const sHi = v128.shuffle<f32>(sv, sv, 2, 3, 0, 1);
        const pHi = f64x2.mul(f64x2.convert_low_i32x4_s(dHi), f64x2.promote_low_f32x4(sHi));
        const p = v128.shuffle<f32>(f32x4.demote_f64x2_zero(pLo), f32x4.demote_f64x2_zero(pHi), 0, 1, 4, 5);
        v = f32x4.add(v, p);
        d0 += 4;
        s0 += 4;
      }
      v = f32x4.mul(v, sxi);
      if (bias) v = f32x4.add(v, v128.load(bias + jb));
      v128.store(o + jb, clamp4(v, lo, hi));
    }
    const zs = f32x4.extract_lane(zxi, 0);
    const ss = f32x4.extract_lane(sxi, 0);
    for (; j < n; j++) {
      const jb = (<usize>j) << 2;
      let v = load<f32>(ksums + jb) * zs;
      const d0 = d + <usize>j * chan;
      const s0 = scales + <usize>j * chan;
      for (let b = 0; b < blocks; b++) {
        const bb = (<usize>b) << 2;
        v += <f32>(<f64>load<i32>(d0 + bb) * <f64>load<f32>(s0 + bb));
      }
      v *= ss;
      if (bias) v += load<f32>(bias + jb);
      v = v < min ? min : v > max ? max : v;
      store<f32>(o + jb, v);
    }
  }
}
