// ---------------------------------------------------------------------------------------------
// The fused qd8 x qb4w GEMM of gemm-qb4w.ts over weights kept as 4-bit values ("qb4n"): half the
// bytes of the byte form, which is what a matrix-vector product (a decode step) is bound by, since
// it streams every weight once per call. Same arithmetic, bit for bit: the int32 dot product of
// each block is exact whatever the order, then `v = fp32(ksums[j] * zx)`, per block
// `v = fp32(v + fp32(dot_b * scale_jb))`, `fp32(v * sx)`, the bias, the clamp.
//
// Weight layout (written by `packQb4nWeights`), for blocks of a multiple of 32 inputs: per group of
// 4 channels `[ceil(n / 4)]`, per chunk of 32 inputs `[k / 32]`, per channel of the group `[4]`,
// 16 bytes read as eight 16-bit lanes: lane i holds inputs i (bits 0-3), 8 + i (bits 4-7),
// 16 + i (bits 8-11) and 24 + i (bits 12-15) of the chunk, each as the weight plus 8 (0..15).
// Channels past n hold weight 0. The group's 4 channels sit together, so one pointer with constant
// offsets reaches them.
//
// A row computes `Σ x * (w + 8)` with `i32x4.dot_i16x8_s` on the masked lanes and subtracts
// `8 * Σ x` of the block (precomputed per row into scratch). From 4 rows on, each group is first
// unpacked into scratch as signed bytes (`[k / 8][4 channels][8]`), which the rows then share, two
// at a time: the unpacking is paid once per group, each loaded weight vector serves two rows.
//
// Arguments as `qd8_gemm_qb4w`'s, with `ksums` and `bias` padded to whole groups (lanes past n
// are computed but never stored), plus `scratch` (per thread, {@link qd8_gemm_qb4n_scratch} bytes).

import { splitAt, storePartial4 } from '../common';
import { clamp4, sum4x4 } from './finish';

/** Rows from which the group's weights are unpacked to bytes first. */
const UNPACK_ROWS = 4;

/** Bytes of scratch one thread needs for `m` rows of `k` inputs in blocks of `bs`. */
export function qd8_gemm_qb4n_scratch(m: i32, k: i32, bs: i32): i32 {
  return m < UNPACK_ROWS ? m * (k / bs) * 4 : k * 4;
}

/** `Σ x * (w + 8)` of a chunk of 32 inputs (`x0`..`x3`: inputs 0-7, 8-15, 16-23, 24-31) of one channel. */
function chunkDot(x0: v128, x1: v128, x2: v128, x3: v128, wv: v128, acc: v128): v128 {
  const nibble = i16x8.splat(0x000f);
  acc = i32x4.add(acc, i32x4.dot_i16x8_s(x0, v128.and(wv, nibble)));
  acc = i32x4.add(acc, i32x4.dot_i16x8_s(x1, v128.and(i16x8.shr_u(wv, 4), nibble)));
  acc = i32x4.add(acc, i32x4.dot_i16x8_s(x2, v128.and(i16x8.shr_u(wv, 8), nibble)));
  return i32x4.add(acc, i32x4.dot_i16x8_s(x3, i16x8.shr_u(wv, 12)));
}

/** Stores the 4 outputs of group `j` (fewer for the last, partial group). */
function storeGroup(o: usize, v: v128, j: i32, n: i32): void {
  if (j + 4 <= n) v128.store(o, v);
  else storePartial4(o, v, n - j);
}

/**
 * Unpacks group `g` (`k` inputs) to signed bytes `[k / 8][4][8]` at `dst`: per 8 inputs, the 4
 * channels' weights one after another.
 */
function unpackGroup(w: usize, k: i32, dst: usize): void {
  const nibble = i16x8.splat(0x000f);
  const eight = i8x16.splat(8);
  const chunks = k >> 5;
  for (let c = 0; c < chunks; c++) {
    // Channels (0, 1), then (2, 3): a narrow packs two channels' 8 inputs into one vector.
    for (let pair = 0; pair < 2; pair++) {
      const wa = v128.load(w + <usize>(pair << 5));
      const wb = v128.load(w + <usize>(pair << 5), 16);
      const d = dst + <usize>(pair << 4);
      v128.store(d, i8x16.sub(i8x16.narrow_i16x8_s(v128.and(wa, nibble), v128.and(wb, nibble)), eight));
      v128.store(
        d,
        i8x16.sub(
          i8x16.narrow_i16x8_s(v128.and(i16x8.shr_u(wa, 4), nibble), v128.and(i16x8.shr_u(wb, 4), nibble)),
          eight,
        ),
        32,
      );
      v128.store(
        d,
        i8x16.sub(
          i8x16.narrow_i16x8_s(v128.and(i16x8.shr_u(wa, 8), nibble), v128.and(i16x8.shr_u(wb, 8), nibble)),
          eight,
        ),
        64,
      );
      v128.store(d, i8x16.sub(i8x16.narrow_i16x8_s(i16x8.shr_u(wa, 12), i16x8.shr_u(wb, 12)), eight), 96);
    }
    w += 64;
    dst += 128;
  }
}

/** Row `r` of group `j` from the group's unpacked bytes at `wg` (see {@link unpackGroup}). */
function oneRow(
  r: i32,
  j: i32,
  n: i32,
  k: i32,
  bs: i32,
  blocks: i32,
  x: usize,
  wg: usize,
  sp: usize,
  ks: v128,
  bias: usize,
  bv: v128,
  zx: usize,
  sx: usize,
  out: usize,
  lo: v128,
  hi: v128,
): void {
  const steps = bs >> 3;
  let xp = x + <usize>r * <usize>k;
  let wp = wg;
  let v = f32x4.mul(ks, f32x4.splat(<f32>load<i32>(zx + ((<usize>r) << 2))));
  for (let b = 0; b < blocks; b++) {
    let a0 = i32x4.splat(0);
    let a1 = i32x4.splat(0);
    let a2 = i32x4.splat(0);
    let a3 = i32x4.splat(0);
    for (let s = 0; s < steps; s++) {
      const xv = v128.load8x8_s(xp);
      a0 = i32x4.add(a0, i32x4.dot_i16x8_s(xv, v128.load8x8_s(wp)));
      a1 = i32x4.add(a1, i32x4.dot_i16x8_s(xv, v128.load8x8_s(wp, 8)));
      a2 = i32x4.add(a2, i32x4.dot_i16x8_s(xv, v128.load8x8_s(wp, 16)));
      a3 = i32x4.add(a3, i32x4.dot_i16x8_s(xv, v128.load8x8_s(wp, 24)));
      xp += 8;
      wp += 32;
    }
    v = f32x4.add(v, f32x4.mul(f32x4.convert_i32x4_s(sum4x4(a0, a1, a2, a3)), v128.load(sp + ((<usize>b) << 4))));
  }
  v = f32x4.mul(v, f32x4.splat(load<f32>(sx + ((<usize>r) << 2))));
  if (bias) v = f32x4.add(v, bv);
  storeGroup(out + ((<usize>r * <usize>n + <usize>j) << 2), clamp4(v, lo, hi), j, n);
}

/** Rows `r` and `r + 1` of group `j` together: each weight vector serves both. */
function twoRows(
  r: i32,
  j: i32,
  n: i32,
  k: i32,
  bs: i32,
  blocks: i32,
  x: usize,
  wg: usize,
  sp: usize,
  ks: v128,
  bias: usize,
  bv: v128,
  zx: usize,
  sx: usize,
  out: usize,
  lo: v128,
  hi: v128,
): void {
  const steps = bs >> 3;
  const kk = <usize>k;
  let xp = x + <usize>r * kk;
  let wp = wg;
  const zp = zx + ((<usize>r) << 2);
  let v = f32x4.mul(ks, f32x4.splat(<f32>load<i32>(zp)));
  let u = f32x4.mul(ks, f32x4.splat(<f32>load<i32>(zp, 4)));
  for (let b = 0; b < blocks; b++) {
    let a0 = i32x4.splat(0);
    let a1 = i32x4.splat(0);
    let a2 = i32x4.splat(0);
    let a3 = i32x4.splat(0);
    let c0 = i32x4.splat(0);
    let c1 = i32x4.splat(0);
    let c2 = i32x4.splat(0);
    let c3 = i32x4.splat(0);
    for (let s = 0; s < steps; s++) {
      const xv = v128.load8x8_s(xp);
      const yv = v128.load8x8_s(xp + kk);
      let t = v128.load8x8_s(wp);
      a0 = i32x4.add(a0, i32x4.dot_i16x8_s(xv, t));
      c0 = i32x4.add(c0, i32x4.dot_i16x8_s(yv, t));
      t = v128.load8x8_s(wp, 8);
      a1 = i32x4.add(a1, i32x4.dot_i16x8_s(xv, t));
      c1 = i32x4.add(c1, i32x4.dot_i16x8_s(yv, t));
      t = v128.load8x8_s(wp, 16);
      a2 = i32x4.add(a2, i32x4.dot_i16x8_s(xv, t));
      c2 = i32x4.add(c2, i32x4.dot_i16x8_s(yv, t));
      t = v128.load8x8_s(wp, 24);
      a3 = i32x4.add(a3, i32x4.dot_i16x8_s(xv, t));
      c3 = i32x4.add(c3, i32x4.dot_i16x8_s(yv, t));
      xp += 8;
      wp += 32;
    }
    const sc = v128.load(sp + ((<usize>b) << 4));
    v = f32x4.add(v, f32x4.mul(f32x4.convert_i32x4_s(sum4x4(a0, a1, a2, a3)), sc));
    u = f32x4.add(u, f32x4.mul(f32x4.convert_i32x4_s(sum4x4(c0, c1, c2, c3)), sc));
  }
  const sq = sx + ((<usize>r) << 2);
  v = f32x4.mul(v, f32x4.splat(load<f32>(sq)));
  u = f32x4.mul(u, f32x4.splat(load<f32>(sq, 4)));
  if (bias) {
    v = f32x4.add(v, bv);
    u = f32x4.add(u, bv);
  }
  const o = out + ((<usize>r * <usize>n + <usize>j) << 2);
  storeGroup(o, clamp4(v, lo, hi), j, n);
  storeGroup(o + ((<usize>n) << 2), clamp4(u, lo, hi), j, n);
}

/**
 * Part `part` of `parts` of the qb4n GEMM: ranges of (channel group, row) items, group-major; from
 * {@link UNPACK_ROWS} rows on, of (channel group, pair of rows) items.
 */
export function qd8_gemm_qb4n_part(
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
  scratch: usize,
  part: i32,
  parts: i32,
): void {
  const groups = (n + 3) >> 2;
  const items = m * groups;
  const blocks = k / bs;
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const gBytes = (<usize>k) << 1;
  if (m >= UNPACK_ROWS) {
    // Items are (group, pair of rows): both rows share each weight vector loaded from the group.
    const pairs = (m + 1) >> 1;
    const p0 = splitAt(pairs * groups, part, parts);
    const p1 = splitAt(pairs * groups, part + 1, parts);
    let unpacked = -1;
    for (let it = p0; it < p1; it++) {
      const g = it / pairs;
      const r = (it - g * pairs) << 1;
      if (g !== unpacked) {
        unpackGroup(w + <usize>g * gBytes, k, scratch);
        unpacked = g;
      }
      const j = g << 2;
      const sp = scales + ((<usize>g * <usize>blocks) << 4);
      const ks = v128.load(ksums + ((<usize>j) << 2));
      const bv = bias ? v128.load(bias + ((<usize>j) << 2)) : f32x4.splat(0);
      if (r + 1 < m) twoRows(r, j, n, k, bs, blocks, x, scratch, sp, ks, bias, bv, zx, sx, out, lo, hi);
      else oneRow(r, j, n, k, bs, blocks, x, scratch, sp, ks, bias, bv, zx, sx, out, lo, hi);
    }
    return;
  }
  // Few rows: straight from the 4-bit weights. 8 * Σ x per (row, block) first.
  for (let r = 0; r < m; r++) {
    const xr = x + <usize>r * <usize>k;
    for (let b = 0; b < blocks; b++) {
      let acc = i32x4.splat(0);
      const xb = xr + <usize>(b * bs);
      for (let p = 0; p < bs; p += 8)
        acc = i32x4.add(acc, i32x4.extadd_pairwise_i16x8_s(v128.load8x8_s(xb + <usize>p)));
      const s =
        i32x4.extract_lane(acc, 0) +
        i32x4.extract_lane(acc, 1) +
        i32x4.extract_lane(acc, 2) +
        i32x4.extract_lane(acc, 3);
      store<i32>(scratch + ((<usize>(r * blocks + b)) << 2), s << 3);
    }
  }
  const chunks = bs >> 5;
  const i1 = splitAt(items, part + 1, parts);
  for (let it = splitAt(items, part, parts); it < i1; it++) {
    const g = it / m;
    const r = it - g * m;
    const j = g << 2;
    let xp = x + <usize>r * <usize>k;
    let wp = w + <usize>g * gBytes;
    let xs = scratch + ((<usize>(r * blocks)) << 2);
    let sp = scales + ((<usize>g * <usize>blocks) << 4);
    let v = f32x4.mul(v128.load(ksums + ((<usize>j) << 2)), f32x4.splat(<f32>load<i32>(zx + ((<usize>r) << 2))));
    for (let b = 0; b < blocks; b++) {
      let a0 = i32x4.splat(0);
      let a1 = i32x4.splat(0);
      let a2 = i32x4.splat(0);
      let a3 = i32x4.splat(0);
      for (let c = 0; c < chunks; c++) {
        const x0 = v128.load8x8_s(xp);
        const x1 = v128.load8x8_s(xp, 8);
        const x2 = v128.load8x8_s(xp, 16);
        const x3 = v128.load8x8_s(xp, 24);
        a0 = chunkDot(x0, x1, x2, x3, v128.load(wp), a0);
        a1 = chunkDot(x0, x1, x2, x3, v128.load(wp, 16), a1);
        a2 = chunkDot(x0, x1, x2, x3, v128.load(wp, 32), a2);
        a3 = chunkDot(x0, x1, x2, x3, v128.load(wp, 48), a3);
        xp += 32;
        wp += 64;
      }
      const d = i32x4.sub(sum4x4(a0, a1, a2, a3), i32x4.splat(load<i32>(xs)));
      v = f32x4.add(v, f32x4.mul(f32x4.convert_i32x4_s(d), v128.load(sp)));
      xs += 4;
      sp += 16;
    }
    v = f32x4.mul(v, f32x4.splat(load<f32>(sx + ((<usize>r) << 2))));
    if (bias) v = f32x4.add(v, v128.load(bias + ((<usize>j) << 2)));
    storeGroup(out + ((<usize>r * <usize>n + <usize>j) << 2), clamp4(v, lo, hi), j, n);
  }
}

/** The whole qb4n GEMM on this thread (see {@link qd8_gemm_qb4n_part}). */
export function qd8_gemm_qb4n(
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
  scratch: usize,
): void {
  qd8_gemm_qb4n_part(m, n, k, bs, x, w, scales, ksums, bias, zx, sx, out, min, max, scratch, 0, 1);
}
