// ---------------------------------------------------------------------------------------------
// Convolution (NHWC): blocks of output pixels are gathered into `scratch` (im2col, K ordered
// [ky][kx][ci] like the OHWI filter) and multiplied by the packed filter of each group. A 1x1,
// stride-1, unpadded convolution reads the input in place.

import { copyBytes, fillZero, min_i32, splitAt } from '../common';
import { gemm, gemm_part } from './gemm';

/**
 * Convolution with filter panels from `pack_gemm` per group (group g's panels start at
 * `w + g * groupPanelBytes`). `rowsPerBlock` output pixels are gathered per block into `scratch`
 * (`rowsPerBlock * kh * kw * gi` floats).
 */
export function conv2d(
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
  groups: i32,
  gi: i32,
  go: i32,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  rowsPerBlock: i32,
  min: f32,
  max: f32,
): void {
  conv2d_part(
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
    groups,
    gi,
    go,
    input,
    w,
    out,
    scratch,
    rowsPerBlock,
    min,
    max,
    0,
    1,
  );
}

/**
 * Part `part` of {@link conv2d}: the in-place 1x1 case splits like {@link gemm_part}; the gathered
 * case splits the blocks of `rowsPerBlock` output pixels (each part gathers into its own `scratch`).
 */
export function conv2d_part(
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
  groups: i32,
  gi: i32,
  go: i32,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  rowsPerBlock: i32,
  min: f32,
  max: f32,
  part: i32,
  parts: i32,
): void {
  const inC = groups * gi;
  const outC = groups * go;
  const kk = kh * kw * gi;
  const groupPanelBytes = (<usize>(((go + 7) >> 3) * (8 + kk * 8))) << 2;
  const pixels = oh * ow;
  const direct =
    kh === 1 && kw === 1 && sh === 1 && sw === 1 && padTop === 0 && padLeft === 0 && oh === ih && ow === iw;
  if (direct) {
    const rows = batch * pixels;
    for (let g = 0; g < groups; g++) {
      gemm_part(
        rows,
        go,
        gi,
        input + ((<usize>(g * gi)) << 2),
        inC,
        w + <usize>g * groupPanelBytes,
        out + ((<usize>(g * go)) << 2),
        outC,
        min,
        max,
        part,
        parts,
      );
    }
    return;
  }
  const blocksPerImage = (pixels + rowsPerBlock - 1) / rowsPerBlock;
  const blocks = batch * blocksPerImage;
  // Few blocks (deep layers with few pixels): every part gathers each block itself and computes
  // its share of the output panels; otherwise parts take whole blocks.
  const byPanels = parts > 1 && blocks < parts;
  const panels = (go + 7) >> 3;
  const q0 = byPanels ? splitAt(panels, part, parts) : 0;
  const q1 = byPanels ? splitAt(panels, part + 1, parts) : panels;
  if (q1 <= q0) return;
  const b0 = byPanels ? 0 : splitAt(blocks, part, parts);
  const b1 = byPanels ? blocks : splitAt(blocks, part + 1, parts);
  const panelBytes = (<usize>(8 + kk * 8)) << 2;
  const n0 = q0 << 3;
  const nc = min_i32(go, q1 << 3) - n0;
  for (let blk = b0; blk < b1; blk++) {
    const b = blk / blocksPerImage;
    const p0 = (blk - b * blocksPerImage) * rowsPerBlock;
    const inImage = input + ((<usize>(b * ih * iw * inC)) << 2);
    const outImage = out + ((<usize>(b * pixels * outC)) << 2);
    const rows = min_i32(rowsPerBlock, pixels - p0);
    for (let g = 0; g < groups; g++) {
      im2col(inImage, scratch, p0, rows, g, groups, gi, ih, iw, ow, kh, kw, sh, sw, dh, dw, padTop, padLeft);
      gemm(
        rows,
        nc,
        kk,
        scratch,
        kk,
        w + <usize>g * groupPanelBytes + <usize>q0 * panelBytes,
        outImage + ((<usize>(p0 * outC + g * go + n0)) << 2),
        outC,
        min,
        max,
      );
    }
  }
}

/**
 * Gathers output pixels [p0, p0 + rows) of group `g` as rows of `[kh][kw][gi]` into `dst` (zeros
 * for taps in the padding). Without groups and dilation the kw taps of a kernel row are contiguous
 * in the input, and move as one block when all are inside it.
 */
function im2col(
  inImage: usize,
  dst: usize,
  p0: i32,
  rows: i32,
  g: i32,
  groups: i32,
  gi: i32,
  ih: i32,
  iw: i32,
  ow: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
): void {
  const inC = groups * gi;
  const rowBytes = (<usize>gi) << 2;
  const tapRowBytes = rowBytes * <usize>kw;
  const contiguous = groups === 1 && dw === 1;
  for (let r = 0; r < rows; r++) {
    const p = p0 + r;
    const oy = p / ow;
    const ox = p - oy * ow;
    const ix0 = ox * sw - padLeft;
    const rowInside = ix0 >= 0 && ix0 + (kw - 1) * dw < iw;
    for (let y = 0; y < kh; y++) {
      const iy = oy * sh - padTop + y * dh;
      if (iy < 0 || iy >= ih) {
        fillZero(dst, tapRowBytes);
        dst += tapRowBytes;
        continue;
      }
      const rowBase = inImage + ((<usize>(iy * iw * inC + g * gi)) << 2);
      if (contiguous && rowInside) {
        copyBytes(dst, rowBase + ((<usize>(ix0 * inC)) << 2), tapRowBytes);
        dst += tapRowBytes;
        continue;
      }
      for (let x = 0; x < kw; x++) {
        const ix = ix0 + x * dw;
        if (ix < 0 || ix >= iw) fillZero(dst, rowBytes);
        else copyBytes(dst, rowBase + ((<usize>(ix * inC)) << 2), rowBytes);
        dst += rowBytes;
      }
    }
  }
}
