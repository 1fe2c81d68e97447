// ---------------------------------------------------------------------------------------------
// Element-wise fp32 with the fused output clamp. `op`: 0 add, 1 subtract, 2 multiply, 3 divide,
// 4 minimum, 5 maximum. `b` has `bLen` elements repeated over `a` (`n` a multiple of `bLen`):
// `bLen` = n is element-wise, 1 a scalar, the channel count a per-channel operand.

import { clamp } from '../common';

function apply4(op: i32, x: v128, y: v128): v128 {
  if (op === 0) return f32x4.add(x, y);
  if (op === 1) return f32x4.sub(x, y);
  if (op === 2) return f32x4.mul(x, y);
  if (op === 3) return f32x4.div(x, y);
  // x86 minps/maxps(x, y): `x < y ? x : y` / `x > y ? x : y`, so y when either is NaN (XNNPACK's
  // minimum and maximum); pmin(y, x) is `x < y ? x : y`, pmax(y, x) is `y < x ? x : y`.
  if (op === 4) return f32x4.pmin(y, x);
  return f32x4.pmax(y, x);
}

function apply1(op: i32, x: f32, y: f32): f32 {
  if (op === 0) return x + y;
  if (op === 1) return x - y;
  if (op === 2) return x * y;
  if (op === 3) return x / y;
  if (op === 4) return x < y ? x : y;
  return x > y ? x : y;
}

/** 1 when any of the `n` fp32 values at `x` is NaN, else 0. */
export function has_nan_f32(n: i32, x: usize): i32 {
  const n4 = n & ~3;
  let any = i32x4.splat(0);
  let i = 0;
  for (; i < n4; i += 4) {
    const v = v128.load(x + ((<usize>i) << 2));
    any = v128.or(any, f32x4.ne(v, v));
  }
  if (v128.any_true(any)) return 1;
  for (; i < n; i++) {
    const v = load<f32>(x + ((<usize>i) << 2));
    // biome-ignore lint/suspicious/noGlobalIsNan: AssemblyScript's generic builtin (no Number.isNaN there)
    if (isNaN<f32>(v)) return 1;
  }
  return 0;
}

export function binary(op: i32, n: i32, a: usize, b: usize, bLen: i32, out: usize, min: f32, max: f32): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  if (bLen === 1) {
    const y = v128.load32_splat(b);
    const ys = load<f32>(b);
    const n4 = n & ~3;
    let i = 0;
    for (; i < n4; i += 4) {
      const off = (<usize>i) << 2;
      v128.store(out + off, clamp(apply4(op, v128.load(a + off), y), lo, hi));
    }
    for (; i < n; i++) {
      const off = (<usize>i) << 2;
      const r = apply1(op, load<f32>(a + off), ys);
      store<f32>(out + off, r < min ? min : r > max ? max : r);
    }
    return;
  }
  const m4 = bLen & ~3;
  const blockBytes = (<usize>bLen) << 2;
  for (let base = 0; base < n; base += bLen) {
    let j = 0;
    for (; j < m4; j += 4) {
      const off = (<usize>j) << 2;
      v128.store(out + off, clamp(apply4(op, v128.load(a + off), v128.load(b + off)), lo, hi));
    }
    for (; j < bLen; j++) {
      const off = (<usize>j) << 2;
      const r = apply1(op, load<f32>(a + off), load<f32>(b + off));
      store<f32>(out + off, r < min ? min : r > max ? max : r);
    }
    a += blockBytes;
    out += blockBytes;
  }
}

/** `out = clamp(x, min, max)` (also ReLU / ReLU6 / copy). */
export function clampf(n: i32, x: usize, out: usize, min: f32, max: f32): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const n4 = n & ~3;
  let i = 0;
  for (; i < n4; i += 4) {
    const off = (<usize>i) << 2;
    v128.store(out + off, clamp(v128.load(x + off), lo, hi));
  }
  for (; i < n; i++) {
    const off = (<usize>i) << 2;
    const r = load<f32>(x + off);
    store<f32>(out + off, r < min ? min : r > max ? max : r);
  }
}
