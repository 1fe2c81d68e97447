// ---------------------------------------------------------------------------------------------
// Dynamic quantization of fp32 activations to qd8 rows (XNNPACK's recipe, as the TypeScript
// reference `quantizeDynamicRows` in src/kernels/convert.ts, operation by operation in fp32, so the
// int8 values, scales and zero points are identical): per row of `cols` values the range widened to
// include 0 (NaN skipped), `invScale = 255 / (max - min)` (1 for an all-zero row), the zero point
// from the side with the smaller error, clamped and rounded to nearest even, then
// `q = clamp(roundEven(x * invScale) + zero, -128, 127)` with NaN as 0.

/**
 * Quantizes `rows` rows of `cols` fp32 values at `x` to int8 at `out`; writes each row's scale
 * (`1 / invScale`, fp32) at `scales` and zero point (int32) at `zeroPoints`.
 */
export function qd8_quantize_rows(rows: i32, cols: i32, x: usize, out: usize, scales: usize, zeroPoints: usize): void {
  const c16 = cols & ~15;
  for (let r = 0; r < rows; r++) {
    const xr = x + ((<usize>r * <usize>cols) << 2);
    const orow = out + <usize>r * <usize>cols;
    // pmin(lo, v) is `v < lo ? v : lo` and pmax(hi, v) `hi < v ? v : hi`: a NaN never wins.
    let vlo = f32x4.splat(0);
    let vhi = f32x4.splat(0);
    let c = 0;
    for (; c + 4 <= cols; c += 4) {
      const v = v128.load(xr + ((<usize>c) << 2));
      vlo = f32x4.pmin(vlo, v);
      vhi = f32x4.pmax(vhi, v);
    }
    let lo: f32 = 0;
    let hi: f32 = 0;
    const l0 = f32x4.extract_lane(vlo, 0);
    const l1 = f32x4.extract_lane(vlo, 1);
    const l2 = f32x4.extract_lane(vlo, 2);
    const l3 = f32x4.extract_lane(vlo, 3);
    const h0 = f32x4.extract_lane(vhi, 0);
    const h1 = f32x4.extract_lane(vhi, 1);
    const h2 = f32x4.extract_lane(vhi, 2);
    const h3 = f32x4.extract_lane(vhi, 3);
    if (l0 < lo) lo = l0;
    if (l1 < lo) lo = l1;
    if (l2 < lo) lo = l2;
    if (l3 < lo) lo = l3;
    if (h0 > hi) hi = h0;
    if (h1 > hi) hi = h1;
    if (h2 > hi) hi = h2;
    if (h3 > hi) hi = h3;
    for (; c < cols; c++) {
      const v = load<f32>(xr + ((<usize>c) << 2));
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const inv: f32 = lo === hi ? 1 : <f32>255 / (hi - lo);
    const loScaled = lo * inv;
    const hiScaled = hi * inv;
    let zp: f32 = <f32>-128 + loScaled + (<f32>127 + hiScaled) > 0 ? <f32>-128 - loScaled : <f32>127 - hiScaled;
    zp = zp < -128 ? -128 : zp > 127 ? 127 : zp;
    const zero = <i32>nearest<f32>(zp);
    store<f32>(scales + ((<usize>r) << 2), <f32>1 / inv);
    store<i32>(zeroPoints + ((<usize>r) << 2), zero);
    // roundEven(t) + zero clamped to [-128, 127] is roundEven(t) clamped to [-128 - zero, 127 - zero],
    // plus zero (in fp32 first, so infinities and huge values convert safely).
    const vinv = f32x4.splat(inv);
    const flo = <f32>(<i32>-128 - zero);
    const fhi = <f32>(<i32>127 - zero);
    const qlo = f32x4.splat(flo);
    const qhi = f32x4.splat(fhi);
    const vzero = i32x4.splat(zero);
    c = 0;
    for (; c < c16; c += 16) {
      const p = xr + ((<usize>c) << 2);
      const q0 = quantize4(v128.load(p), vinv, qlo, qhi, vzero);
      const q1 = quantize4(v128.load(p, 16), vinv, qlo, qhi, vzero);
      const q2 = quantize4(v128.load(p, 32), vinv, qlo, qhi, vzero);
      const q3 = quantize4(v128.load(p, 48), vinv, qlo, qhi, vzero);
      v128.store(orow + <usize>c, i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(q0, q1), i16x8.narrow_i32x4_s(q2, q3)));
    }
    for (; c < cols; c++) {
      const v = load<f32>(xr + ((<usize>c) << 2));
      let t = nearest<f32>(v * inv);
      let q = 0;
      // biome-ignore lint/suspicious/noGlobalIsNan: AssemblyScript's builtin isNaN<f32> (no coercion)
      if (!isNaN<f32>(t)) {
        t = t < flo ? flo : t > fhi ? fhi : t;
        q = <i32>t + zero;
      }
      store<i8>(orow + <usize>c, <i8>q);
    }
  }
}

/** Four int32 `clamp(roundEven(x * inv)) + zero`, NaN lanes 0. */
function quantize4(x: v128, inv: v128, lo: v128, hi: v128, zero: v128): v128 {
  const t = f32x4.nearest(f32x4.mul(x, inv));
  const c = f32x4.pmin(f32x4.pmax(t, lo), hi);
  const q = i32x4.add(i32x4.trunc_sat_f32x4_s(c), zero);
  return v128.and(q, f32x4.eq(t, t));
}
