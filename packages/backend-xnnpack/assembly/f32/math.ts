// Vector math shared by the fp32 kernels (not exported from the module).

/** e^x: x = n ln2 + r (|r| <= ln2 / 2, ln2 split in two for an exact reduction), e^r by its series to r^7, times 2^n. */
export function exp4(x: v128): v128 {
  x = f32x4.max(f32x4.min(x, f32x4.splat(88.72283)), f32x4.splat(-87.33654));
  const n = f32x4.nearest(f32x4.mul(x, f32x4.splat(Mathf.LOG2E)));
  let r = f32x4.sub(x, f32x4.mul(n, f32x4.splat(0.693145752)));
  r = f32x4.sub(r, f32x4.mul(n, f32x4.splat(1.428606765e-6)));
  let p = f32x4.splat(1.0 / 5040.0);
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 720.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 120.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 24.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 6.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(0.5));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0));
  // 2^n for n in [-126, 128): the exponent field. n = 128 (x near the top) is split in two halves.
  const ni = i32x4.trunc_sat_f32x4_s(n);
  const half = i32x4.shr_s(ni, 1);
  const s1 = i32x4.shl(i32x4.add(half, i32x4.splat(127)), 23);
  const s2 = i32x4.shl(i32x4.add(i32x4.sub(ni, half), i32x4.splat(127)), 23);
  return f32x4.mul(f32x4.mul(p, s1), s2);
}
