/** 2-D pooling over NHWC tensors (fp32). */
import { roundEven } from './convert.js';

/** Geometry of a 2-D pooling. */
export interface PoolGeometry {
  readonly batch: number;
  readonly inHeight: number;
  readonly inWidth: number;
  readonly channels: number;
  readonly outHeight: number;
  readonly outWidth: number;
  readonly poolHeight: number;
  readonly poolWidth: number;
  readonly strideHeight: number;
  readonly strideWidth: number;
  readonly dilationHeight: number;
  readonly dilationWidth: number;
  readonly padTop: number;
  readonly padLeft: number;
}

/**
 * Max (`max = true`) or average pooling. Padding never contributes: max ignores it, average
 * divides by the number of input pixels inside the window (XNNPACK's semantics).
 */
export function pool2dF32(
  input: Float32Array,
  out: Float32Array,
  geo: PoolGeometry,
  isMax: boolean,
  min: number,
  max: number,
): void {
  const C = geo.channels;
  for (let n = 0; n < geo.batch; n++)
    for (let oy = 0; oy < geo.outHeight; oy++)
      for (let ox = 0; ox < geo.outWidth; ox++) {
        const outBase = ((n * geo.outHeight + oy) * geo.outWidth + ox) * C;
        for (let c = 0; c < C; c++) {
          let acc = isMax ? Number.NEGATIVE_INFINITY : 0;
          let count = 0;
          for (let y = 0; y < geo.poolHeight; y++) {
            const iy = oy * geo.strideHeight - geo.padTop + y * geo.dilationHeight;
            if (iy < 0 || iy >= geo.inHeight) continue;
            for (let x = 0; x < geo.poolWidth; x++) {
              const ix = ox * geo.strideWidth - geo.padLeft + x * geo.dilationWidth;
              if (ix < 0 || ix >= geo.inWidth) continue;
              const v = input[((n * geo.inHeight + iy) * geo.inWidth + ix) * C + c] as number;
              if (isMax) {
                if (v > acc || Number.isNaN(v)) acc = v;
              } else acc += v;
              count++;
            }
          }
          let v = isMax ? acc : count > 0 ? acc / count : 0;
          v = v < min ? min : v > max ? max : v;
          out[outBase + c] = v;
        }
      }
}

/** Mean over the spatial dims of `[batch, pixels, channels]` into `[batch, channels]`. */
export function globalAvgPoolF32(
  input: Float32Array,
  out: Float32Array,
  batch: number,
  pixels: number,
  channels: number,
  min: number,
  max: number,
  acc: Float64Array,
): void {
  for (let n = 0; n < batch; n++) {
    acc.fill(0, 0, channels);
    for (let p = 0; p < pixels; p++) {
      const base = (n * pixels + p) * channels;
      for (let c = 0; c < channels; c++) acc[c] = (acc[c] as number) + (input[base + c] as number);
    }
    for (let c = 0; c < channels; c++) {
      let v = (acc[c] as number) / pixels;
      v = v < min ? min : v > max ? max : v;
      out[n * channels + c] = v;
    }
  }
}

/**
 * Quantized (qs8, per tensor) mean over the spatial dims of `[batch, pixels, channels]`, as
 * XNNPACK computes it: the int32 sum of the window minus `pixels * inputZeroPoint`, times
 * `scale = fp32(inputScale / fp32(outputScale * pixels))` in fp32, clamped to the output range
 * (less the output zero point), rounded to nearest even, plus the output zero point.
 */
export function globalAvgPoolQs8(
  input: Int8Array,
  out: Int8Array,
  batch: number,
  pixels: number,
  channels: number,
  scale: number,
  inputZeroPoint: number,
  outputZeroPoint: number,
  qmin: number,
  qmax: number,
  acc: Int32Array,
): void {
  const lo = qmin - outputZeroPoint;
  const hi = qmax - outputZeroPoint;
  const bias = -inputZeroPoint * pixels;
  for (let n = 0; n < batch; n++) {
    acc.fill(bias, 0, channels);
    for (let p = 0; p < pixels; p++) {
      const base = (n * pixels + p) * channels;
      for (let c = 0; c < channels; c++) acc[c] = (acc[c] as number) + (input[base + c] as number);
    }
    for (let c = 0; c < channels; c++) {
      let v = Math.fround((acc[c] as number) * scale);
      v = v < lo ? lo : v > hi ? hi : v;
      out[n * channels + c] = roundEven(v) + outputZeroPoint;
    }
  }
}

/** XNNPACK's qs8 global average pooling scale: `fp32(inputScale / fp32(outputScale * pixels))`. */
export function globalAvgPoolQs8Scale(inputScale: number, outputScale: number, pixels: number): number {
  return Math.fround(inputScale / Math.fround(outputScale * pixels));
}
