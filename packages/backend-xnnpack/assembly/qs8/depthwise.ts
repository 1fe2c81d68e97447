// ---------------------------------------------------------------------------------------------
// Depthwise convolution, channel multiplier 1. Weights packed as a header of `cp` int32 biases
// (minus the input zero point times the channel's weight sum), `cp` fp32 scales and `cp` fp32
// biases, then one row per pair of filter taps (the tap count rounded up to even, the last pair
// padded with zero weights) of `cp` interleaved int16 pairs `(w[t][c], w[t + 1][c])` (`cp` is the
// channel count rounded up to 8; padding lanes are 0). Taps outside the image read `zeroRow`,
// `channels` bytes of the input zero point, so every output sums over all taps of raw inputs and
// the header's correction makes that the sum of `x - zx`. `scratch` holds two tables of 4 bytes per
// tap of the padded count: the taps' offsets inside the image, and the border pixels' tap addresses.

import { MAGIC_BITS, requant1, requant4, splitRange } from './common';

export function qs8_dwconv2d(
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
  zeroRow: usize,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  lo: f32,
  hi: f32,
  zo: i32,
): void {
  qs8_dwconv2d_part(
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
    zeroRow,
    input,
    w,
    out,
    scratch,
    lo,
    hi,
    zo,
    0,
    1,
  );
}

/** Adds two taps of 4 channels: `x16` holds the inputs `(x[t][c], x[t + 1][c])`, `w` their weights. */
function dwPair(acc: v128, x16: v128, w: v128): v128 {
  return i32x4.add(acc, i32x4.dot_i16x8_s(x16, w));
}

/** Part `part` of `parts` of {@link qs8_dwconv2d}: a range of output rows; `scratch` is the part's own. */
export function qs8_dwconv2d_part(
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
  zeroRow: usize,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  lo: f32,
  hi: f32,
  zo: i32,
  part: i32,
  parts: i32,
): void {
  const vlo = f32x4.splat(lo);
  const vhi = f32x4.splat(hi);
  const magic = i32x4.splat(MAGIC_BITS - zo);
  const cp = (channels + 7) & ~7;
  const cpB = <usize>cp;
  const scales = w + (cpB << 2);
  const biases = w + (cpB << 3);
  const rows = w + cpB * 12;
  const pairRow = cpB << 2;
  const taps = kh * kw;
  const pairs = (taps + 1) >> 1;
  const pixel = <usize>channels;
  const r0 = splitRange(batch * oh, part, parts);
  const r1 = splitRange(batch * oh, part + 1, parts);
  // Two tables of one entry per tap (the count rounded up to even): at `scratch`, the taps' byte
  // offsets from an interior pixel's first tap (the same for every such pixel); after it, the
  // taps' addresses for a pixel at the border (the zero row for taps outside the image). The
  // padding tap of an odd count reads the first tap or the zero row (its weights are 0).
  const offsets = scratch;
  const border = scratch + ((<usize>(pairs * 2)) << 2);
  for (let y = 0; y < kh; y++)
    for (let x = 0; x < kw; x++)
      store<u32>(offsets + ((<usize>(y * kw + x)) << 2), <u32>(<usize>(y * dh * iw + x * dw) * pixel));
  if (taps & 1) {
    store<u32>(offsets + ((<usize>taps) << 2), 0);
    store<u32>(border + ((<usize>taps) << 2), <u32>zeroRow);
  }
  const yLast = (kh - 1) * dh;
  const xLast = (kw - 1) * dw;
  let o = out + <usize>r0 * <usize>ow * pixel;
  for (let r = r0; r < r1; r++) {
    const b = r / oh;
    const oy = r - b * oh;
    const inImage = input + <usize>b * <usize>ih * <usize>iw * pixel;
    const y0 = oy * sh - padTop;
    const rowInside = y0 >= 0 && y0 + yLast < ih;
    for (let ox = 0; ox < ow; ox++) {
      const x0 = ox * sw - padLeft;
      // Tap t reads `base + table[t] + c`.
      let table = offsets;
      let base: usize = 0;
      if (rowInside && x0 >= 0 && x0 + xLast < iw) base = inImage + (<usize>y0 * <usize>iw + <usize>x0) * pixel;
      else {
        table = border;
        let t = border;
        for (let y = 0; y < kh; y++) {
          const iy = y0 + y * dh;
          for (let x = 0; x < kw; x++) {
            const ix = x0 + x * dw;
            const ok = iy >= 0 && iy < ih && ix >= 0 && ix < iw;
            store<u32>(t, <u32>(ok ? inImage + (<usize>iy * <usize>iw + <usize>ix) * pixel : zeroRow));
            t += 4;
          }
        }
      }
      const at = base;
      let c = 0;
      for (; c + 16 <= channels; c += 16) {
        const cb = <usize>c;
        const hdr = w + (cb << 2);
        let acc0 = v128.load(hdr);
        let acc1 = v128.load(hdr, 16);
        let acc2 = v128.load(hdr, 32);
        let acc3 = v128.load(hdr, 48);
        let wp = rows + (cb << 2);
        let tp = table;
        for (let p = 0; p < pairs; p++) {
          const xa = v128.load(at + <usize>load<u32>(tp) + cb);
          const xb = v128.load(at + <usize>load<u32>(tp, 4) + cb);
          const l = v128.shuffle<u8>(xa, xb, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
          const h = v128.shuffle<u8>(xa, xb, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
          acc0 = dwPair(acc0, i16x8.extend_low_i8x16_s(l), v128.load(wp));
          acc1 = dwPair(acc1, i16x8.extend_high_i8x16_s(l), v128.load(wp, 16));
          acc2 = dwPair(acc2, i16x8.extend_low_i8x16_s(h), v128.load(wp, 32));
          acc3 = dwPair(acc3, i16x8.extend_high_i8x16_s(h), v128.load(wp, 48));
          tp += 8;
          wp += pairRow;
        }
        const sc = scales + (cb << 2);
        const bi = biases + (cb << 2);
        const q0 = requant4(acc0, v128.load(sc), v128.load(bi), vlo, vhi, magic);
        const q1 = requant4(acc1, v128.load(sc, 16), v128.load(bi, 16), vlo, vhi, magic);
        const q2 = requant4(acc2, v128.load(sc, 32), v128.load(bi, 32), vlo, vhi, magic);
        const q3 = requant4(acc3, v128.load(sc, 48), v128.load(bi, 48), vlo, vhi, magic);
        v128.store(o + cb, i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(q0, q1), i16x8.narrow_i32x4_s(q2, q3)));
      }
      if (c + 8 <= channels) {
        const cb = <usize>c;
        const hdr = w + (cb << 2);
        let acc0 = v128.load(hdr);
        let acc1 = v128.load(hdr, 16);
        let wp = rows + (cb << 2);
        let tp = table;
        for (let p = 0; p < pairs; p++) {
          const xa = v128.load64_zero(at + <usize>load<u32>(tp) + cb);
          const xb = v128.load64_zero(at + <usize>load<u32>(tp, 4) + cb);
          const l = v128.shuffle<u8>(xa, xb, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
          acc0 = dwPair(acc0, i16x8.extend_low_i8x16_s(l), v128.load(wp));
          acc1 = dwPair(acc1, i16x8.extend_high_i8x16_s(l), v128.load(wp, 16));
          tp += 8;
          wp += pairRow;
        }
        const sc = scales + (cb << 2);
        const bi = biases + (cb << 2);
        const q0 = requant4(acc0, v128.load(sc), v128.load(bi), vlo, vhi, magic);
        const q1 = requant4(acc1, v128.load(sc, 16), v128.load(bi, 16), vlo, vhi, magic);
        const h = i16x8.narrow_i32x4_s(q0, q1);
        v128.store64_lane(o + cb, i8x16.narrow_i16x8_s(h, h), 0);
        c += 8;
      }
      for (; c < channels; c++) {
        const cb = <usize>c;
        let acc = load<i32>(w + (cb << 2));
        let wp = rows + (cb << 2);
        let tp = table;
        for (let p = 0; p < pairs; p++) {
          acc += <i32>load<i8>(at + <usize>load<u32>(tp) + cb) * <i32>load<i16>(wp);
          acc += <i32>load<i8>(at + <usize>load<u32>(tp, 4) + cb) * <i32>load<i16>(wp, 2);
          tp += 8;
          wp += pairRow;
        }
        const q = requant1(acc, load<f32>(scales + (cb << 2)), load<f32>(biases + (cb << 2)), lo, hi, zo);
        store<i8>(o + cb, <i8>q);
      }
      o += pixel;
    }
  }
}
