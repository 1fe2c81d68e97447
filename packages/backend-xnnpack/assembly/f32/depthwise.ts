import { clamp, madd, min_i32, splitAt, storePartial4 } from '../common';

/**
 * Depthwise convolution, channel multiplier 1. Weights packed as `[1 + kh * kw][cp]` floats
 * (row 0 the bias, `cp` = channels rounded up to 4, zero padded).
 */
export function dwconv2d(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  channels: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  input: usize,
  w: usize,
  out: usize,
  min: f32,
  max: f32,
): void {
  dwconv2d_part(
    batch,
    ih,
    iw,
    oh,
    ow,
    channels,
    kh,
    kw,
    sh,
    sw,
    dh,
    dw,
    padTop,
    padLeft,
    input,
    w,
    out,
    min,
    max,
    0,
    1,
  );
}

/**
 * Channels [c0, channels) of output pixel (oy, ox) of a depthwise convolution, skipping taps that
 * fall in the padding (the general path: borders, and channel counts that are not a multiple of 4).
 */
function dwPixel(
  c0: i32,
  channels: i32,
  ih: i32,
  iw: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  oy: i32,
  ox: i32,
  inImage: usize,
  w: usize,
  o: usize,
  lo: v128,
  hi: v128,
): void {
  const cp = (channels + 3) & ~3;
  const wRow = (<usize>cp) << 2;
  const c4 = channels & ~3;
  const rem = channels - c4;
  const pixelBytes = (<usize>channels) << 2;
  // Taps inside the input: y in [ya, yb), x in [xa, xb) (the others read padding and are skipped).
  const ya = firstInside(padTop - oy * sh, dh);
  const yb = endInside(ih - 1 + padTop - oy * sh, dh, kh, ya);
  const xa = firstInside(padLeft - ox * sw, dw);
  const xb = endInside(iw - 1 + padLeft - ox * sw, dw, kw, xa);
  const iy0 = oy * sh - padTop;
  const ix0 = ox * sw - padLeft;
  const rowStep = <usize>(dh * iw) * pixelBytes;
  const xd = <usize>dw * pixelBytes;
  const first = inImage + <usize>((iy0 + ya * dh) * iw + ix0 + xa * dw) * pixelBytes;
  const wFirst = w + wRow * <usize>(1 + ya * kw + xa);
  const wRowStep = wRow * <usize>kw;
  let c = c0;
  for (; c < c4; c += 4) {
    const cb = (<usize>c) << 2;
    let acc = v128.load(w + cb);
    let ir = first + cb;
    let wr = wFirst + cb;
    for (let y = ya; y < yb; y++) {
      let ip = ir;
      let wp = wr;
      for (let x = xa; x < xb; x++) {
        acc = madd(v128.load(ip), v128.load(wp), acc);
        ip += xd;
        wp += wRow;
      }
      ir += rowStep;
      wr += wRowStep;
    }
    v128.store(o + cb, clamp(acc, lo, hi));
  }
  if (rem !== 0) {
    const cb = (<usize>c4) << 2;
    let acc = v128.load(w + cb);
    let ir = first + cb;
    let wr = wFirst + cb;
    for (let y = ya; y < yb; y++) {
      let ip = ir;
      let wp = wr;
      for (let x = xa; x < xb; x++) {
        // Lanes past the channel count stay 0 (their weights are 0 too).
        let v = v128.load32_zero(ip);
        if (rem > 1) v = v128.load32_lane(ip + 4, v, 1);
        if (rem > 2) v = v128.load32_lane(ip + 8, v, 2);
        acc = madd(v, v128.load(wp), acc);
        ip += xd;
        wp += wRow;
      }
      ir += rowStep;
      wr += wRowStep;
    }
    storePartial4(o + cb, clamp(acc, lo, hi), rem);
  }
}

/** First tap index t >= 0 with `t * step >= before` (taps before it fall in the leading padding). */
function firstInside(before: i32, step: i32): i32 {
  return before <= 0 ? 0 : (before + step - 1) / step;
}

/** One past the last tap index t < taps with `t * step <= room`, at least `from`. */
function endInside(room: i32, step: i32, taps: i32, from: i32): i32 {
  if (room < 0) return from;
  const end = min_i32(taps, room / step + 1);
  return end < from ? from : end;
}

/**
 * Interior pixels [ox0, ox1) of one output row (every tap inside the input), channels [0, c4),
 * per group of 4 channels. 3x3 kernels keep their nine weight vectors in registers while the row
 * streams past; other sizes read the weights per tap. `row0` points at input row `iy` (the first
 * tap row), pixel 0. Taps accumulate in the general path's order (bias, then row by row), so
 * results are the same as {@link dwPixel}'s.
 */
function dwInteriorRow(
  c4: i32,
  channels: i32,
  iw: i32,
  kh: i32,
  kw: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padLeft: i32,
  ox0: i32,
  ox1: i32,
  row0: usize,
  w: usize,
  outRow: usize,
  lo: v128,
  hi: v128,
): void {
  const cp = (channels + 3) & ~3;
  const wRow = (<usize>cp) << 2;
  const pixelBytes = (<usize>channels) << 2;
  const rowStep = <usize>(dh * iw) * pixelBytes;
  const xd = <usize>dw * pixelBytes;
  const step = <usize>sw * pixelBytes;
  const xStart = <usize>(ox0 * sw - padLeft) * pixelBytes;
  const is3x3 = kh === 3 && kw === 3;
  for (let c = 0; c < c4; c += 4) {
    const cb = (<usize>c) << 2;
    const bias = v128.load(w + cb);
    let i0 = row0 + xStart + cb;
    let o = outRow + <usize>ox0 * pixelBytes + cb;
    if (is3x3) {
      const wp = w + wRow + cb;
      const w0 = v128.load(wp);
      const w1 = v128.load(wp + wRow);
      const w2 = v128.load(wp + wRow * 2);
      const w3 = v128.load(wp + wRow * 3);
      const w4 = v128.load(wp + wRow * 4);
      const w5 = v128.load(wp + wRow * 5);
      const w6 = v128.load(wp + wRow * 6);
      const w7 = v128.load(wp + wRow * 7);
      const w8 = v128.load(wp + wRow * 8);
      for (let ox = ox0; ox < ox1; ox++) {
        const i1 = i0 + rowStep;
        const i2 = i1 + rowStep;
        let acc = madd(v128.load(i0), w0, bias);
        acc = madd(v128.load(i0 + xd), w1, acc);
        acc = madd(v128.load(i0 + xd * 2), w2, acc);
        acc = madd(v128.load(i1), w3, acc);
        acc = madd(v128.load(i1 + xd), w4, acc);
        acc = madd(v128.load(i1 + xd * 2), w5, acc);
        acc = madd(v128.load(i2), w6, acc);
        acc = madd(v128.load(i2 + xd), w7, acc);
        acc = madd(v128.load(i2 + xd * 2), w8, acc);
        v128.store(o, clamp(acc, lo, hi));
        i0 += step;
        o += pixelBytes;
      }
      continue;
    }
    for (let ox = ox0; ox < ox1; ox++) {
      let acc = bias;
      let wp = w + wRow + cb;
      let ir = i0;
      for (let y = 0; y < kh; y++) {
        let ip = ir;
        for (let x = 0; x < kw; x++) {
          acc = madd(v128.load(ip), v128.load(wp), acc);
          ip += xd;
          wp += wRow;
        }
        ir += rowStep;
      }
      v128.store(o, clamp(acc, lo, hi));
      i0 += step;
      o += pixelBytes;
    }
  }
}

/** Part `part` of {@link dwconv2d}: a range of output rows (over batch x height). */
export function dwconv2d_part(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  channels: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  input: usize,
  w: usize,
  out: usize,
  min: f32,
  max: f32,
  part: i32,
  parts: i32,
): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const c4 = channels & ~3;
  const pixelBytes = (<usize>channels) << 2;
  // Output columns whose taps all lie inside the input: [oxL, oxR).
  let oxL = (padLeft + sw - 1) / sw;
  if (oxL > ow) oxL = ow;
  const last = iw - 1 + padLeft - (kw - 1) * dw;
  let oxR = last < 0 ? 0 : last / sw + 1;
  if (oxR > ow) oxR = ow;
  if (oxR < oxL) oxR = oxL;
  const r0 = splitAt(batch * oh, part, parts);
  const r1 = splitAt(batch * oh, part + 1, parts);
  for (let r = r0; r < r1; r++) {
    const b = r / oh;
    const oy = r - b * oh;
    const inImage = input + ((<usize>(b * ih * iw * channels)) << 2);
    const outRow = out + <usize>r * <usize>ow * pixelBytes;
    const iy0 = oy * sh - padTop;
    const interiorRow = iy0 >= 0 && iy0 + (kh - 1) * dh < ih;
    const x0 = interiorRow ? oxL : ow;
    const x1 = interiorRow ? oxR : ow;
    // Border pixels take the general path; the interior runs as one row (its channel tail, if the
    // channel count is not a multiple of 4, then pixel by pixel).
    let ox = 0;
    while (ox < ow) {
      const interior = ox >= x0 && ox < x1;
      if (ox === x0 && interior) {
        const row0 = inImage + <usize>(iy0 * iw) * pixelBytes;
        dwInteriorRow(c4, channels, iw, kh, kw, sw, dh, dw, padLeft, x0, x1, row0, w, outRow, lo, hi);
        if (c4 === channels) {
          ox = x1;
          continue;
        }
      }
      const o = outRow + <usize>ox * pixelBytes;
      dwPixel(
        interior ? c4 : 0,
        channels,
        ih,
        iw,
        kh,
        kw,
        sh,
        sw,
        dh,
        dw,
        padTop,
        padLeft,
        oy,
        ox,
        inImage,
        w,
        o,
        lo,
        hi,
      );
      ox++;
    }
  }
}
