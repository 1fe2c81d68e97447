// ---------------------------------------------------------------------------------------------
// Element-wise qs8: XNNPACK's fixed-point addition and the fp32 -> qs8 conversion.

import { MAGIC, MAGIC_BITS } from './common';

/** Adds 16 lanes of `a` and `b` (int8) with the fixed-point parameters; saturated int8 lanes. */
function add16(va: v128, vb: v128, am: v128, bm: v128, bias: v128, shift: i32, zo: v128, lo: v128, hi: v128): v128 {
  const a0 = i16x8.extend_low_i8x16_s(va);
  const a1 = i16x8.extend_high_i8x16_s(va);
  const b0 = i16x8.extend_low_i8x16_s(vb);
  const b1 = i16x8.extend_high_i8x16_s(vb);
  const s0 = i32x4.add(
    bias,
    i32x4.add(i32x4.mul(i32x4.extend_low_i16x8_s(a0), am), i32x4.mul(i32x4.extend_low_i16x8_s(b0), bm)),
  );
  const s1 = i32x4.add(
    bias,
    i32x4.add(i32x4.mul(i32x4.extend_high_i16x8_s(a0), am), i32x4.mul(i32x4.extend_high_i16x8_s(b0), bm)),
  );
  const s2 = i32x4.add(
    bias,
    i32x4.add(i32x4.mul(i32x4.extend_low_i16x8_s(a1), am), i32x4.mul(i32x4.extend_low_i16x8_s(b1), bm)),
  );
  const s3 = i32x4.add(
    bias,
    i32x4.add(i32x4.mul(i32x4.extend_high_i16x8_s(a1), am), i32x4.mul(i32x4.extend_high_i16x8_s(b1), bm)),
  );
  // Arithmetic shifts floor; saturating narrows keep every out-of-range value out of range.
  const h0 = i16x8.add_sat_s(i16x8.narrow_i32x4_s(i32x4.shr_s(s0, shift), i32x4.shr_s(s1, shift)), zo);
  const h1 = i16x8.add_sat_s(i16x8.narrow_i32x4_s(i32x4.shr_s(s2, shift), i32x4.shr_s(s3, shift)), zo);
  return i8x16.min_s(hi, i8x16.max_s(lo, i8x16.narrow_i16x8_s(h0, h1)));
}

/** One lane of {@link add16}. */
function add1(a: i32, b: i32, am: i32, bm: i32, bias: i32, shift: i32, zo: i32, qmin: i32, qmax: i32): i32 {
  const v = ((bias + a * am + b * bm) >> shift) + zo;
  return v < qmin ? qmin : v > qmax ? qmax : v;
}

/**
 * `out = clamp(((bias + a * am + b * bm) >> shift) + zo, qmin, qmax)` over `n` int8 elements of
 * `a`; `b` has `bLen` elements repeated over `a` (`n` a multiple of `bLen`).
 */
export function qs8_add(
  n: i32,
  a: usize,
  am: i32,
  b: usize,
  bLen: i32,
  bm: i32,
  bias: i32,
  shift: i32,
  zo: i32,
  qmin: i32,
  qmax: i32,
  out: usize,
): void {
  const vam = i32x4.splat(am);
  const vbm = i32x4.splat(bm);
  const vzo = i16x8.splat(<i16>zo);
  const lo = i8x16.splat(<i8>qmin);
  const hi = i8x16.splat(<i8>qmax);
  if (bLen === 1) {
    // A scalar b: its term joins the bias.
    const bs = <i32>load<i8>(b);
    const vbias = i32x4.splat(bias + bs * bm);
    const zero = i32x4.splat(0);
    let i = 0;
    for (; i + 16 <= n; i += 16) {
      const off = <usize>i;
      v128.store(out + off, add16(v128.load(a + off), zero, vam, zero, vbias, shift, vzo, lo, hi));
    }
    for (; i < n; i++) {
      const off = <usize>i;
      store<i8>(out + off, <i8>add1(<i32>load<i8>(a + off), bs, am, bm, bias, shift, zo, qmin, qmax));
    }
    return;
  }
  const vbias = i32x4.splat(bias);
  for (let base = 0; base < n; base += bLen) {
    let j = 0;
    for (; j + 16 <= bLen; j += 16) {
      const off = <usize>j;
      v128.store(out + off, add16(v128.load(a + off), v128.load(b + off), vam, vbm, vbias, shift, vzo, lo, hi));
    }
    for (; j < bLen; j++) {
      const off = <usize>j;
      const r = add1(<i32>load<i8>(a + off), <i32>load<i8>(b + off), am, bm, bias, shift, zo, qmin, qmax);
      store<i8>(out + off, <i8>r);
    }
    a += <usize>bLen;
    out += <usize>bLen;
  }
}

/** Quantizes 4 fp32 lanes: `clamp(round(x * inv), lo, hi) + zp` as int32, NaN as 0. */
function quantize4(x: v128, inv: v128, lo: v128, hi: v128, magic: v128): v128 {
  const v = f32x4.mul(x, inv);
  const r = i32x4.sub(f32x4.add(f32x4.pmin(hi, f32x4.pmax(lo, v)), f32x4.splat(MAGIC)), magic);
  return v128.and(r, f32x4.eq(v, v));
}

/**
 * fp32 -> qs8: `out[i] = clamp(roundEven(fp32(x[i] * inv)) + zp, qmin, qmax)`, NaN as 0 (the
 * reference's conversion of NaN to int8).
 */
export function qs8_quantize(n: i32, x: usize, inv: f32, zp: i32, qmin: i32, qmax: i32, out: usize): void {
  const vinv = f32x4.splat(inv);
  const flo = <f32>(qmin - zp);
  const fhi = <f32>(qmax - zp);
  const lo = f32x4.splat(flo);
  const hi = f32x4.splat(fhi);
  const magic = i32x4.splat(MAGIC_BITS - zp);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const src = x + ((<usize>i) << 2);
    const r0 = quantize4(v128.load(src), vinv, lo, hi, magic);
    const r1 = quantize4(v128.load(src, 16), vinv, lo, hi, magic);
    const r2 = quantize4(v128.load(src, 32), vinv, lo, hi, magic);
    const r3 = quantize4(v128.load(src, 48), vinv, lo, hi, magic);
    v128.store(out + <usize>i, i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(r0, r1), i16x8.narrow_i32x4_s(r2, r3)));
  }
  for (; i < n; i++) {
    const v = load<f32>(x + ((<usize>i) << 2)) * inv;
    let q = 0;
    // Not NaN (the exponent all ones with a nonzero fraction).
    if ((reinterpret<u32>(v) & 0x7fffffff) <= 0x7f800000) q = <i32>nearest<f32>(v < flo ? flo : v > fhi ? fhi : v) + zp;
    store<i8>(out + <usize>i, <i8>q);
  }
}

// ---------------------------------------------------------------------------------------------
// qs8 multiplication with fp32 requantization: `fp32((a - za) * (b - zb)) * scale`, clamped to
// `[lo, hi]` (the output range minus `zo`), rounded to nearest even, plus `zo`.

/** 8 products of int16 lanes `a16 * b16`, requantized to 8 int16 lanes. */
function mul8(a16: v128, b16: v128, scale: v128, lo: v128, hi: v128, magic: v128): v128 {
  const p0 = f32x4.convert_i32x4_s(i32x4.extmul_low_i16x8_s(a16, b16));
  const p1 = f32x4.convert_i32x4_s(i32x4.extmul_high_i16x8_s(a16, b16));
  const mf = f32x4.splat(MAGIC);
  const r0 = i32x4.sub(f32x4.add(f32x4.pmin(hi, f32x4.pmax(lo, f32x4.mul(p0, scale))), mf), magic);
  const r1 = i32x4.sub(f32x4.add(f32x4.pmin(hi, f32x4.pmax(lo, f32x4.mul(p1, scale))), mf), magic);
  return i16x8.narrow_i32x4_s(r0, r1);
}

function mul1(a: i32, b: i32, scale: f32, lo: f32, hi: f32, zo: i32): i32 {
  let v = <f32>(a * b) * scale;
  v = v < lo ? lo : v > hi ? hi : v;
  return <i32>nearest<f32>(v) + zo;
}

/**
 * `out = a * b` over `n` int8 elements of `a` (zero points `za`, `zb`); `b` has `bLen` elements
 * repeated over `a` (`n` a multiple of `bLen`).
 */
export function qs8_mul(
  n: i32,
  a: usize,
  za: i32,
  b: usize,
  bLen: i32,
  zb: i32,
  scale: f32,
  lo: f32,
  hi: f32,
  zo: i32,
  out: usize,
): void {
  const vza = i16x8.splat(<i16>za);
  const vzb = i16x8.splat(<i16>zb);
  const vscale = f32x4.splat(scale);
  const vlo = f32x4.splat(lo);
  const vhi = f32x4.splat(hi);
  const magic = i32x4.splat(MAGIC_BITS - zo);
  if (bLen === 1) {
    const bs = <i32>load<i8>(b) - zb;
    const vb = i16x8.splat(<i16>bs);
    let i = 0;
    for (; i + 16 <= n; i += 16) {
      const off = <usize>i;
      const va = v128.load(a + off);
      const h0 = mul8(i16x8.sub(i16x8.extend_low_i8x16_s(va), vza), vb, vscale, vlo, vhi, magic);
      const h1 = mul8(i16x8.sub(i16x8.extend_high_i8x16_s(va), vza), vb, vscale, vlo, vhi, magic);
      v128.store(out + off, i8x16.narrow_i16x8_s(h0, h1));
    }
    for (; i < n; i++) {
      const off = <usize>i;
      store<i8>(out + off, <i8>mul1(<i32>load<i8>(a + off) - za, bs, scale, lo, hi, zo));
    }
    return;
  }
  for (let base = 0; base < n; base += bLen) {
    let j = 0;
    for (; j + 16 <= bLen; j += 16) {
      const off = <usize>j;
      const va = v128.load(a + off);
      const vb = v128.load(b + off);
      const a0 = i16x8.sub(i16x8.extend_low_i8x16_s(va), vza);
      const a1 = i16x8.sub(i16x8.extend_high_i8x16_s(va), vza);
      const b0 = i16x8.sub(i16x8.extend_low_i8x16_s(vb), vzb);
      const b1 = i16x8.sub(i16x8.extend_high_i8x16_s(vb), vzb);
      const h0 = mul8(a0, b0, vscale, vlo, vhi, magic);
      const h1 = mul8(a1, b1, vscale, vlo, vhi, magic);
      v128.store(out + off, i8x16.narrow_i16x8_s(h0, h1));
    }
    for (; j < bLen; j++) {
      const off = <usize>j;
      const r = mul1(<i32>load<i8>(a + off) - za, <i32>load<i8>(b + off) - zb, scale, lo, hi, zo);
      store<i8>(out + off, <i8>r);
    }
    a += <usize>bLen;
    out += <usize>bLen;
  }
}

/** qs8 -> fp32: `out[i] = fp32(x[i] - zp) * scale`. */
export function qs8_dequantize(n: i32, x: usize, zp: i32, scale: f32, out: usize): void {
  const vzp = i16x8.splat(<i16>zp);
  const vscale = f32x4.splat(scale);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const v = v128.load(x + <usize>i);
    const l = i16x8.sub(i16x8.extend_low_i8x16_s(v), vzp);
    const h = i16x8.sub(i16x8.extend_high_i8x16_s(v), vzp);
    const dst = out + ((<usize>i) << 2);
    v128.store(dst, f32x4.mul(f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(l)), vscale));
    v128.store(dst, f32x4.mul(f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(l)), vscale), 16);
    v128.store(dst, f32x4.mul(f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(h)), vscale), 32);
    v128.store(dst, f32x4.mul(f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(h)), vscale), 48);
  }
  for (; i < n; i++) store<f32>(out + ((<usize>i) << 2), <f32>(<i32>load<i8>(x + <usize>i) - zp) * scale);
}
