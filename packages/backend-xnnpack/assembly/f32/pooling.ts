// ---------------------------------------------------------------------------------------------
// Max pooling (NHWC, fp32). Padding never contributes; NaN propagates (f32x4.max), then the output
// clamp. (qs8 max pooling is in quantized.ts.)

import { clamp, splitAt } from '../common';

/** Part `part` of max pooling: a range of output rows (over batch x height). */
export function maxpool2d_part(
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
  out: usize,
  min: f32,
  max: f32,
  part: i32,
  parts: i32,
): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const pixelBytes = (<usize>channels) << 2;
  const c4 = channels & ~3;
  const r0 = splitAt(batch * oh, part, parts);
  const r1 = splitAt(batch * oh, part + 1, parts);
  for (let r = r0; r < r1; r++) {
    const b = r / oh;
    const oy = r - b * oh;
    const inImage = input + <usize>(b * ih * iw) * pixelBytes;
    let o = out + <usize>r * <usize>ow * pixelBytes;
    for (let ox = 0; ox < ow; ox++) {
      let c = 0;
      for (; c < c4; c += 4) {
        const cb = (<usize>c) << 2;
        let acc = f32x4.splat(-Infinity);
        for (let y = 0; y < kh; y++) {
          const iy = oy * sh - padTop + y * dh;
          if (iy < 0 || iy >= ih) continue;
          const rowBase = inImage + <usize>(iy * iw) * pixelBytes + cb;
          for (let x = 0; x < kw; x++) {
            const ix = ox * sw - padLeft + x * dw;
            if (ix < 0 || ix >= iw) continue;
            acc = f32x4.max(acc, v128.load(rowBase + <usize>ix * pixelBytes));
          }
        }
        v128.store(o + cb, clamp(acc, lo, hi));
      }
      for (; c < channels; c++) {
        const cb = (<usize>c) << 2;
        let acc: f32 = -Infinity;
        for (let y = 0; y < kh; y++) {
          const iy = oy * sh - padTop + y * dh;
          if (iy < 0 || iy >= ih) continue;
          for (let x = 0; x < kw; x++) {
            const ix = ox * sw - padLeft + x * dw;
            if (ix < 0 || ix >= iw) continue;
            const v = load<f32>(inImage + <usize>(iy * iw + ix) * pixelBytes + cb);
            if (v > acc || F32.isNaN(v)) acc = v;
          }
        }
        store<f32>(o + cb, f32x4.extract_lane(clamp(f32x4.splat(acc), lo, hi), 0));
      }
      o += pixelBytes;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Global average pooling (fp32): `[batch, pixels, channels] -> [batch, channels]`, the sum over
// pixels in order, times 1 / pixels, then the output clamp.

export function gavgpool_f32(
  batch: i32,
  pixels: i32,
  channels: i32,
  input: usize,
  out: usize,
  min: f32,
  max: f32,
): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const scale: f32 = pixels > 0 ? <f32>1 / <f32>pixels : 0;
  const vs = f32x4.splat(scale);
  const rowBytes = (<usize>channels) << 2;
  const c4 = channels & ~3;
  for (let b = 0; b < batch; b++) {
    const img = input + <usize>(b * pixels) * rowBytes;
    const o = out + <usize>b * rowBytes;
    let c = 0;
    for (; c < c4; c += 4) {
      const cb = (<usize>c) << 2;
      let acc = f32x4.splat(0);
      let p = img + cb;
      for (let i = 0; i < pixels; i++) {
        acc = f32x4.add(acc, v128.load(p));
        p += rowBytes;
      }
      v128.store(o + cb, clamp(f32x4.mul(acc, vs), lo, hi));
    }
    for (; c < channels; c++) {
      const cb = (<usize>c) << 2;
      let acc: f32 = 0;
      let p = img + cb;
      for (let i = 0; i < pixels; i++) {
        acc += load<f32>(p);
        p += rowBytes;
      }
      store<f32>(o + cb, f32x4.extract_lane(clamp(f32x4.splat(acc * scale), lo, hi), 0));
    }
  }
}
