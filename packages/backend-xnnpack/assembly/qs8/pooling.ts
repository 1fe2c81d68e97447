// ---------------------------------------------------------------------------------------------
// Max pooling of qs8 values (NHWC). Max commutes with the monotonic quantization, so it runs on the
// integers; padding never wins, and an output whose window holds no input pixel is 0.

import { MAGIC_BITS, min32, requant1, requant4 } from './common';

export function qs8_maxpool2d(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  channels: i32,
  ph: i32,
  pw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  input: usize,
  out: usize,
): void {
  const pixel = <usize>channels;
  const dxB = <usize>dw * pixel;
  const dyB = <usize>dh * <usize>iw * pixel;
  let o = out;
  for (let r = 0; r < batch * oh; r++) {
    const b = r / oh;
    const oy = r - b * oh;
    const inImage = input + <usize>b * <usize>ih * <usize>iw * pixel;
    const y0 = oy * sh - padTop;
    const ky0 = y0 >= 0 ? 0 : (-y0 + dh - 1) / dh;
    const ky1 = min32(ph, y0 >= ih ? 0 : (ih - y0 + dh - 1) / dh);
    for (let ox = 0; ox < ow; ox++) {
      const x0 = ox * sw - padLeft;
      const kx0 = x0 >= 0 ? 0 : (-x0 + dw - 1) / dw;
      const kx1 = min32(pw, x0 >= iw ? 0 : (iw - x0 + dw - 1) / dw);
      if (ky0 >= ky1 || kx0 >= kx1) {
        memory.fill(o, 0, pixel);
        o += pixel;
        continue;
      }
      const first = inImage + (<usize>(y0 + ky0 * dh) * <usize>iw + <usize>(x0 + kx0 * dw)) * pixel;
      let c = 0;
      for (; c + 16 <= channels; c += 16) {
        let ir = first + <usize>c;
        let acc = v128.load(ir);
        for (let y = ky0; y < ky1; y++) {
          let ip = ir;
          for (let x = kx0; x < kx1; x++) {
            acc = i8x16.max_s(acc, v128.load(ip));
            ip += dxB;
          }
          ir += dyB;
        }
        v128.store(o + <usize>c, acc);
      }
      for (; c < channels; c++) {
        let ir = first + <usize>c;
        let acc = <i32>load<i8>(ir);
        for (let y = ky0; y < ky1; y++) {
          let ip = ir;
          for (let x = kx0; x < kx1; x++) {
            const v = <i32>load<i8>(ip);
            if (v > acc) acc = v;
            ip += dxB;
          }
          ir += dyB;
        }
        store<i8>(o + <usize>c, <i8>acc);
      }
      o += pixel;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// qs8 global average pooling over `[batch, pixels, channels]`: the int32 sum of each channel plus
// `bias` (minus the input zero point times the pixel count), `fp32(sum) * scale` clamped to
// `[lo, hi]`, rounded to nearest even, plus `zo`. Exact while `fp32(sum)` is (pixels < 65536).

export function qs8_global_avgpool(
  batch: i32,
  pixels: i32,
  channels: i32,
  input: usize,
  bias: i32,
  scale: f32,
  lo: f32,
  hi: f32,
  zo: i32,
  out: usize,
): void {
  const vbias = i32x4.splat(bias);
  const vscale = f32x4.splat(scale);
  const vlo = f32x4.splat(lo);
  const vhi = f32x4.splat(hi);
  const magic = i32x4.splat(MAGIC_BITS - zo);
  const zero = f32x4.splat(0);
  const row = <usize>channels;
  for (let b = 0; b < batch; b++) {
    const image = input + <usize>b * <usize>pixels * row;
    const o = out + <usize>b * row;
    let c = 0;
    for (; c + 16 <= channels; c += 16) {
      let acc0 = vbias;
      let acc1 = vbias;
      let acc2 = vbias;
      let acc3 = vbias;
      let p = image + <usize>c;
      for (let i = 0; i < pixels; i++) {
        const v = v128.load(p);
        const l = i16x8.extend_low_i8x16_s(v);
        const h = i16x8.extend_high_i8x16_s(v);
        acc0 = i32x4.add(acc0, i32x4.extend_low_i16x8_s(l));
        acc1 = i32x4.add(acc1, i32x4.extend_high_i16x8_s(l));
        acc2 = i32x4.add(acc2, i32x4.extend_low_i16x8_s(h));
        acc3 = i32x4.add(acc3, i32x4.extend_high_i16x8_s(h));
        p += row;
      }
      const q0 = requant4(acc0, vscale, zero, vlo, vhi, magic);
      const q1 = requant4(acc1, vscale, zero, vlo, vhi, magic);
      const q2 = requant4(acc2, vscale, zero, vlo, vhi, magic);
      const q3 = requant4(acc3, vscale, zero, vlo, vhi, magic);
      v128.store(o + <usize>c, i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(q0, q1), i16x8.narrow_i32x4_s(q2, q3)));
    }
    for (; c < channels; c++) {
      let acc = bias;
      let p = image + <usize>c;
      for (let i = 0; i < pixels; i++) {
        acc += <i32>load<i8>(p);
        p += row;
      }
      store<i8>(o + <usize>c, <i8>requant1(acc, scale, 0, lo, hi, zo));
    }
  }
}
