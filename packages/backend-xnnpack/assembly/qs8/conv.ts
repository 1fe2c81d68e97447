// ---------------------------------------------------------------------------------------------
// Gathering: int8 activations to int16 `x - zx`.

import { min32, splitRange } from './common';
import { qs8_gemm } from './gemm';

/** `dst[i] = src[i] - zx` for `count` elements (int8 to int16). */
function widen(src: usize, dst: usize, count: i32, zx: v128, zxs: i32): void {
  let i = 0;
  for (; i + 16 <= count; i += 16) {
    const v = v128.load(src + <usize>i);
    const d = dst + ((<usize>i) << 1);
    v128.store(d, i16x8.sub(i16x8.extend_low_i8x16_s(v), zx));
    v128.store(d, i16x8.sub(i16x8.extend_high_i8x16_s(v), zx), 16);
  }
  if (i + 8 <= count) {
    v128.store(dst + ((<usize>i) << 1), i16x8.sub(v128.load8x8_s(src + <usize>i), zx));
    i += 8;
  }
  for (; i < count; i++) store<i16>(dst + ((<usize>i) << 1), <i16>(<i32>load<i8>(src + <usize>i) - zxs));
}

/**
 * {@link widen} in whole vectors of 8: may read up to 7 bytes past `src + count` and write up to 7
 * int16 past `dst + count` (the gather writes in increasing order, so later writes replace them; the
 * scratch has room for the last row's).
 */
function widenOver(src: usize, dst: usize, count: i32, zx: v128): void {
  let i = 0;
  for (; i + 16 <= count; i += 16) {
    const v = v128.load(src + <usize>i);
    const d = dst + ((<usize>i) << 1);
    v128.store(d, i16x8.sub(i16x8.extend_low_i8x16_s(v), zx));
    v128.store(d, i16x8.sub(i16x8.extend_high_i8x16_s(v), zx), 16);
  }
  for (; i < count; i += 8) v128.store(dst + ((<usize>i) << 1), i16x8.sub(v128.load8x8_s(src + <usize>i), zx));
}

/**
 * Quantized convolution (NHWC, one group; a fully connected layer is the 1x1 case over `[rows, 1]`
 * pixels). Blocks of `rowsPerBlock` output pixels are gathered into `scratch` (`rowsPerBlock * kp`
 * int16 plus 16 bytes, K ordered [ky][kx][ci] like the OHWI filter) and multiplied by the panels at `w`.
 */
export function qs8_conv2d(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  inC: i32,
  outC: i32,
  zx: i32,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  rowsPerBlock: i32,
  lo: f32,
  hi: f32,
  zo: i32,
): void {
  qs8_conv2d_part(
    batch,
    ih,
    iw,
    oh,
    ow,
    kh,
    kw,
    sh,
    sw,
    dh,
    dw,
    padTop,
    padLeft,
    inC,
    outC,
    zx,
    input,
    w,
    out,
    scratch,
    rowsPerBlock,
    lo,
    hi,
    zo,
    0,
    1,
  );
}

/** Part `part` of `parts` of {@link qs8_conv2d}: a range of pixel blocks, gathered into its own `scratch`. */
export function qs8_conv2d_part(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  inC: i32,
  outC: i32,
  zx: i32,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  rowsPerBlock: i32,
  lo: f32,
  hi: f32,
  zo: i32,
  part: i32,
  parts: i32,
): void {
  const k = kh * kw * inC;
  const kp = (k + 1) & ~1;
  const rowBytes = (<usize>kp) << 1;
  const tapBytes = (<usize>inC) << 1;
  const zxv = i16x8.splat(<i16>zx);
  const pixels = oh * ow;
  const blocksPerImage = (pixels + rowsPerBlock - 1) / rowsPerBlock;
  const b0 = splitRange(batch * blocksPerImage, part, parts);
  const b1 = splitRange(batch * blocksPerImage, part + 1, parts);
  const pointwise = kh === 1 && kw === 1 && sh === 1 && sw === 1 && padTop === 0 && padLeft === 0;
  for (let blk = b0; blk < b1; blk++) {
    const b = blk / blocksPerImage;
    const p0 = (blk - b * blocksPerImage) * rowsPerBlock;
    const rows = min32(rowsPerBlock, pixels - p0);
    const inImage = input + <usize>b * <usize>ih * <usize>iw * <usize>inC;
    let dst = scratch;
    if (pointwise && oh === ih && ow === iw && kp === k) {
      // The block's input pixels are contiguous and the rows need no padding: widen at once.
      widen(inImage + <usize>p0 * <usize>inC, dst, rows * k, zxv, zx);
    } else {
      for (let r = 0; r < rows; r++) {
        const p = p0 + r;
        const oy = p / ow;
        const ox = p - oy * ow;
        let d = dst;
        const ix0 = ox * sw - padLeft;
        // The taps of one filter row are one run of input when they are adjacent and all inside.
        const wholeRow = dw === 1 && ix0 >= 0 && ix0 + kw <= iw;
        for (let y = 0; y < kh; y++) {
          const iy = oy * sh - padTop + y * dh;
          if (iy < 0 || iy >= ih) {
            memory.fill(d, 0, tapBytes * <usize>kw);
            d += tapBytes * <usize>kw;
          } else if (wholeRow) {
            widenOver(inImage + (<usize>iy * <usize>iw + <usize>ix0) * <usize>inC, d, kw * inC, zxv);
            d += tapBytes * <usize>kw;
          } else {
            for (let x = 0; x < kw; x++) {
              const ix = ix0 + x * dw;
              if (ix < 0 || ix >= iw) memory.fill(d, 0, tapBytes);
              else widenOver(inImage + (<usize>iy * <usize>iw + <usize>ix) * <usize>inC, d, inC, zxv);
              d += tapBytes;
            }
          }
        }
        if (kp !== k) store<i16>(d, 0);
        dst += rowBytes;
      }
    }
    const outBlock = out + (<usize>b * <usize>pixels + <usize>p0) * <usize>outC;
    qs8_gemm(rows, outC, kp, scratch, kp, w, outBlock, outC, lo, hi, zo);
  }
}
