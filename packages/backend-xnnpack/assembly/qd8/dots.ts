// ---------------------------------------------------------------------------------------------
// Dynamically quantized (qd8) fully connected: the integer part. For each row r, output channel j
// and block b of `bs` inputs (bs = k: one block), `out[r][j][b] = Σ_{p in b} x[r][p] * w[j][p]` as
// int32, with x int8 `[m, k]` and w int16 `[n, k]` (weights with their zero point removed, int8 or
// int4 range). Exact, so the order does not matter; the caller applies the input zero point, the
// scales and the bias as XNNPACK does. Products are below 2^15, so k < 2^16 cannot overflow.

import { splitAt } from '../common';

export function qd8_dots(m: i32, n: i32, k: i32, bs: i32, x: usize, w: usize, out: usize): void {
  qd8_dots_part(m, n, k, bs, x, w, out, 0, 1);
}

/** Part `part` of `parts` of {@link qd8_dots}: a range of rows. */
export function qd8_dots_part(
  m: i32,
  n: i32,
  k: i32,
  bs: i32,
  x: usize,
  w: usize,
  out: usize,
  part: i32,
  parts: i32,
): void {
  const blocks = bs > 0 ? k / bs : 0;
  const bs8 = bs & ~7;
  const wRow = (<usize>k) << 1;
  const n4 = n & ~3;
  const r1 = splitAt(m, part + 1, parts);
  for (let r = splitAt(m, part, parts); r < r1; r++) {
    const xr = x + <usize>r * <usize>k;
    const o = out + ((<usize>r * <usize>n * <usize>blocks) << 2);
    let j = 0;
    for (; j < n4; j += 4) {
      const w0 = w + <usize>j * wRow;
      const w1 = w0 + wRow;
      const w2 = w1 + wRow;
      const w3 = w2 + wRow;
      for (let b = 0; b < blocks; b++) {
        const p0 = b * bs;
        let a0 = i32x4.splat(0);
        let a1 = i32x4.splat(0);
        let a2 = i32x4.splat(0);
        let a3 = i32x4.splat(0);
        for (let p = p0; p < p0 + bs8; p += 8) {
          const xv = v128.load8x8_s(xr + <usize>p);
          const pb = (<usize>p) << 1;
          a0 = i32x4.add(a0, i32x4.dot_i16x8_s(xv, v128.load(w0 + pb)));
          a1 = i32x4.add(a1, i32x4.dot_i16x8_s(xv, v128.load(w1 + pb)));
          a2 = i32x4.add(a2, i32x4.dot_i16x8_s(xv, v128.load(w2 + pb)));
          a3 = i32x4.add(a3, i32x4.dot_i16x8_s(xv, v128.load(w3 + pb)));
        }
        let s0 = laneSum(a0);
        let s1 = laneSum(a1);
        let s2 = laneSum(a2);
        let s3 = laneSum(a3);
        for (let p = p0 + bs8; p < p0 + bs; p++) {
          const xs = <i32>load<i8>(xr + <usize>p);
          const pb = (<usize>p) << 1;
          s0 += xs * <i32>load<i16>(w0 + pb);
          s1 += xs * <i32>load<i16>(w1 + pb);
          s2 += xs * <i32>load<i16>(w2 + pb);
          s3 += xs * <i32>load<i16>(w3 + pb);
        }
        const bo = (<usize>blocks) << 2;
        const oj = o + ((<usize>(j * blocks + b)) << 2);
        store<i32>(oj, s0);
        store<i32>(oj + bo, s1);
        store<i32>(oj + bo * 2, s2);
        store<i32>(oj + bo * 3, s3);
      }
    }
    for (; j < n; j++) {
      const wj = w + <usize>j * wRow;
      for (let b = 0; b < blocks; b++) {
        const p0 = b * bs;
        let a = i32x4.splat(0);
        for (let p = p0; p < p0 + bs8; p += 8)
          a = i32x4.add(a, i32x4.dot_i16x8_s(v128.load8x8_s(xr + <usize>p), v128.load(wj + ((<usize>p) << 1))));
        let sum = laneSum(a);
        for (let p = p0 + bs8; p < p0 + bs; p++)
          sum += <i32>load<i8>(xr + <usize>p) * <i32>load<i16>(wj + ((<usize>p) << 1));
        store<i32>(o + ((<usize>(j * blocks + b)) << 2), sum);
      }
    }
  }
}

/**
 * Gathers output pixels [p0, p0 + rows) of one NHWC int8 image as rows of `[kh][kw][inC]` into
 * `dst`, taps in the padding set to `pad` (the input zero point, so they contribute nothing once
 * it is subtracted).
 */
export function im2col_i8(
  ih: i32,
  iw: i32,
  inC: i32,
  ow: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  p0: i32,
  rows: i32,
  image: usize,
  pad: i32,
  dst: usize,
): void {
  const c = <usize>inC;
  for (let r = 0; r < rows; r++) {
    const p = p0 + r;
    const oy = p / ow;
    const ox = p - oy * ow;
    for (let y = 0; y < kh; y++) {
      const iy = oy * sh - padTop + y * dh;
      for (let x = 0; x < kw; x++) {
        const ix = ox * sw - padLeft + x * dw;
        if (iy < 0 || iy >= ih || ix < 0 || ix >= iw) memory.fill(dst, <u8>pad, c);
        else memory.copy(dst, image + <usize>(iy * iw + ix) * c, c);
        dst += c;
      }
    }
  }
}

function laneSum(v: v128): i32 {
  return i32x4.extract_lane(v, 0) + i32x4.extract_lane(v, 1) + i32x4.extract_lane(v, 2) + i32x4.extract_lane(v, 3);
}
