/** 2-D pooling over NHWC tensors (fp32). */

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
