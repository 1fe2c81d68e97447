// ---------------------------------------------------------------------------------------------
// Transcendental unary operators, 4 lanes at a time in fp32. `op` numbers are UnaryOp's in
// src/kernels/unary.ts: 7 exp, 9 sigmoid, 11 GELU. Accuracy: a few fp32 ulps.

import { clamp } from '../common';
import { exp4 } from './math';

/** erfc(z) for z >= 0 (Numerical Recipes' Chebyshev fit, |error| < 1.2e-7 relative to 1). */
function erfc4(z: v128): v128 {
  const t = f32x4.div(f32x4.splat(1), f32x4.add(f32x4.splat(1), f32x4.mul(f32x4.splat(0.5), z)));
  let p = f32x4.splat(0.17087277);
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-0.82215223));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(1.48851587));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-1.13520398));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(0.27886807));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-0.18628806));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(0.09678418));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(0.37409196));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(1.00002368));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-1.26551223));
  return f32x4.mul(t, exp4(f32x4.sub(p, f32x4.mul(z, z))));
}

function unary4(op: i32, x: v128): v128 {
  if (op === 7) return exp4(x);
  if (op === 9) {
    // 1 / (1 + e^-x) for x >= 0, e^x / (1 + e^x) below (no overflow, no cancellation).
    const e = exp4(f32x4.neg(f32x4.abs(x)));
    const d = f32x4.add(f32x4.splat(1), e);
    return v128.bitselect(f32x4.div(f32x4.splat(1), d), f32x4.div(e, d), f32x4.ge(x, f32x4.splat(0)));
  }
  // 11, GELU: x/2 (1 + erf(x / sqrt 2)) = x/2 erfc(|x| / sqrt 2) below 0, x/2 (2 - erfc) above.
  const c = erfc4(f32x4.mul(f32x4.abs(x), f32x4.splat(Mathf.SQRT1_2)));
  const f = v128.bitselect(f32x4.sub(f32x4.splat(2), c), c, f32x4.ge(x, f32x4.splat(0)));
  return f32x4.mul(f32x4.mul(f32x4.splat(0.5), x), f);
}

/** `out = clamp(op(x), min, max)` for `op` in 7 (exp), 9 (sigmoid), 11 (GELU). */
export function unary_f32(op: i32, n: i32, x: usize, out: usize, min: f32, max: f32): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const n4 = n & ~3;
  let i = 0;
  for (; i < n4; i += 4) {
    const off = (<usize>i) << 2;
    v128.store(out + off, clamp(unary4(op, v128.load(x + off)), lo, hi));
  }
  if (i < n) {
    // The tail, one element per vector.
    const off = (<usize>i) << 2;
    for (let j = 0; j < n - i; j++) {
      const r = clamp(unary4(op, f32x4.splat(load<f32>(x + off + ((<usize>j) << 2)))), lo, hi);
      store<f32>(out + off + ((<usize>j) << 2), f32x4.extract_lane(r, 0));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Hard swish on fp32 values (the fp32 islands of quantized MobileNetV3 graphs), computed in f64
// exactly as the TypeScript reference does, `x * min(max(x + 3, 0), 6) / 6`, then rounded to fp32.

function hardswish2(x: v128): v128 {
  const t = f64x2.min(f64x2.max(f64x2.add(x, f64x2.splat(3)), f64x2.splat(0)), f64x2.splat(6));
  return f64x2.div(f64x2.mul(x, t), f64x2.splat(6));
}

export function hardswish_f32(n: i32, x: usize, out: usize): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const off = (<usize>i) << 2;
    const v = v128.load(x + off);
    const lo = f32x4.demote_f64x2_zero(hardswish2(f64x2.promote_low_f32x4(v)));
    const hi = f32x4.demote_f64x2_zero(hardswish2(f64x2.promote_low_f32x4(v128.shuffle<u32>(v, v, 2, 3, 2, 3))));
    v128.store(out + off, v128.shuffle<u32>(lo, hi, 0, 1, 4, 5));
  }
  for (; i < n; i++) {
    const off = (<usize>i) << 2;
    const v = <f64>load<f32>(x + off);
    store<f32>(out + off, <f32>((v * min<f64>(max<f64>(v + 3, 0), 6)) / 6));
  }
}
