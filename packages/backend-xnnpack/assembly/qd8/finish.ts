// Helpers of the qd8 kernels (not exported from the module).

/** Clamps like the reference (`v < lo ? lo : v > hi ? hi : v`), lane-wise; NaN stays. */
export function clamp4(v: v128, lo: v128, hi: v128): v128 {
  // pmax(v, lo) is `v < lo ? lo : v`, pmin(w, hi) is `hi < w ? hi : w`: both keep a NaN `v`.
  return f32x4.pmin(f32x4.pmax(v, lo), hi);
}

/** `[Σ a, Σ b, Σ c, Σ d]` of four int32x4 vectors. */
export function sum4x4(a: v128, b: v128, c: v128, d: v128): v128 {
  const ab = i32x4.add(v128.shuffle<i32>(a, b, 0, 1, 4, 5), v128.shuffle<i32>(a, b, 2, 3, 6, 7));
  const cd = i32x4.add(v128.shuffle<i32>(c, d, 0, 1, 4, 5), v128.shuffle<i32>(c, d, 2, 3, 6, 7));
  return i32x4.add(v128.shuffle<i32>(ab, cd, 0, 2, 4, 6), v128.shuffle<i32>(ab, cd, 1, 3, 5, 7));
}

export function laneSum(v: v128): i32 {
  return i32x4.extract_lane(v, 0) + i32x4.extract_lane(v, 1) + i32x4.extract_lane(v, 2) + i32x4.extract_lane(v, 3);
}

/**
 * Four fp32 outputs of per-channel weights from raw dot products `dv` (int32) and the channels'
 * weight sums `rs`, with the row's zero point `zxi` (f64x2 splat) and scale `sxi`:
 * `acc = dv - zx * rs` (exact in doubles), `t = fp32(fp32(acc) * sx)`,
 * `clamp(fp32(t * ws + b))` (the multiply-add in doubles, rounded once to fp32 as the reference does).
 */
export function finishPerChannel4(
  dv: v128,
  rs: v128,
  zxi: v128,
  sxi: v128,
  ws: v128,
  b: v128,
  lo: v128,
  hi: v128,
): v128 {
  // acc in doubles (exact: |dots| < 2^31, |zx * rowSum| < 2^39), then fp32.
  const accLo = f64x2.sub(f64x2.convert_low_i32x4_s(dv), f64x2.mul(zxi, f64x2.convert_low_i32x4_s(rs)));
  const dvHi = v128.shuffle<i32>(dv, dv, 2, 3, 0, 1);
  const rsHi = v128.shuffle<i32>(rs, rs, 2, 3, 0, 1);
  const accHi = f64x2.sub(f64x2.convert_low_i32x4_s(dvHi), f64x2.mul(zxi, f64x2.convert_low_i32x4_s(rsHi)));
  const acc = v128.shuffle<f32>(f32x4.demote_f64x2_zero(accLo), f32x4.demote_f64x2_zero(accHi), 0, 1, 4, 5);
  const t = f32x4.mul(acc, sxi);
  const tHi = v128.shuffle<f32>(t, t, 2, 3, 0, 1);
  const wsHi = v128.shuffle<f32>(ws, ws, 2, 3, 0, 1);
  const bHi = v128.shuffle<f32>(b, b, 2, 3, 0, 1);
  const vLo = f64x2.add(f64x2.mul(f64x2.promote_low_f32x4(t), f64x2.promote_low_f32x4(ws)), f64x2.promote_low_f32x4(b));
  const vHi = f64x2.add(
    f64x2.mul(f64x2.promote_low_f32x4(tHi), f64x2.promote_low_f32x4(wsHi)),
    f64x2.promote_low_f32x4(bHi),
  );
  const v = v128.shuffle<f32>(f32x4.demote_f64x2_zero(vLo), f32x4.demote_f64x2_zero(vHi), 0, 1, 4, 5);
  return clamp4(v, lo, hi);
}

/** {@link finishPerChannel4} for one channel (`zs`, `ss`: the row's zero point and scale). */
export function finishPerChannel1(dot: i32, rowSum: i32, zs: f64, ss: f32, ws: f32, b: f64, min: f32, max: f32): f32 {
  const acc = <f64>dot - zs * <f64>rowSum;
  const t = <f32>acc * ss;
  const v = <f32>(<f64>t * <f64>ws + b);
  return v < min ? min : v > max ? max : v;
}
