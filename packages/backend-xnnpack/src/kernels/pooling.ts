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

/** `a > b ? a : b`: x86's `maxps`, which XNNPACK's kernels use: `b` when either is NaN. */
const maxps = (a: number, b: number): number => (a > b ? a : b);

/** `a < b ? a : b`: x86's `minps`: `b` when either is NaN. */
const minps = (a: number, b: number): number => (a < b ? a : b);

/**
 * The input pixel (`y * inWidth + x`, per image) of every tap of output pixel `(oy, ox)`, in the
 * order XNNPACK's kernels read them: column by column (`tap = px * poolHeight + py`). A tap in the
 * padding reads, per axis, the nearest tap of the window inside the image (the nearest pixel
 * without dilation; with dilation, the nearest one of the window's dilated rows or columns), so
 * padding never wins, as in the recordings of ExecuTorch's XNNPACK delegate.
 */
function maxPoolTaps(g: PoolGeometry, oy: number, ox: number, taps: Int32Array): void {
  const ph = g.poolHeight;
  const y0 = oy * g.strideHeight - g.padTop;
  const x0 = ox * g.strideWidth - g.padLeft;
  for (let px = 0; px < g.poolWidth; px++) {
    const ix = windowCoordinate(x0, px, g.dilationWidth, g.poolWidth, g.inWidth);
    for (let py = 0; py < ph; py++) {
      taps[px * ph + py] = windowCoordinate(y0, py, g.dilationHeight, ph, g.inHeight) * g.inWidth + ix;
    }
  }
}

/**
 * Coordinate of tap `k` of a window starting at `start` (taps `dilation` apart, `size` of them) in
 * an axis of `extent` pixels: tap `k` itself when inside, else the nearest tap inside (the image's
 * edge when no tap is).
 */
function windowCoordinate(start: number, k: number, dilation: number, size: number, extent: number): number {
  const first = start >= 0 ? 0 : Math.ceil(-start / dilation);
  const last = Math.min(size - 1, Math.floor((extent - 1 - start) / dilation));
  const kk = k < first ? first : k > last ? last : k;
  const c = start + kk * dilation;
  return c < 0 ? 0 : c >= extent ? extent - 1 : c;
}

/** Element offset of tap `i` (of `K`) of the current output pixel, or `first` past the last tap. */
function tapOffset(taps: Int32Array, i: number, K: number, base: number, C: number, first: number): number {
  return i < K ? (base + (taps[i] as number)) * C : first;
}

/**
 * Max pooling exactly as XNNPACK's f32 max-pooling kernels on x86 compute it, NaN included. The
 * taps of an output pixel ({@link maxPoolTaps}) go in passes of 9 (a pass with fewer repeats its
 * first tap). Each pass reduces its 9 values `v0..v8` with `M(a, b) = a > b ? a : b` (which is `b`
 * when either is NaN) as the tree `M(M(M(v2, v3), M(v4, v5)), M(M(M(v0, v1), v8), M(v6, v7)))`.
 * The first pass's result `r` becomes `m(M(r, min), max)` (`m(a, b) = a < b ? a : b`), so a NaN
 * that survives the tree becomes `min` (-Infinity without a clamp); each later pass's result `r`
 * updates the output `o` to `m(M(o, r), max)`, so a NaN that survives a later pass becomes `max`.
 * So `M` drops a NaN in its first operand and keeps one in its second: whether a NaN input
 * reaches the output depends on its place in the window. `taps` is scratch of
 * `poolHeight * poolWidth` entries.
 */
export function maxPool2dF32(
  input: Float32Array,
  out: Float32Array,
  g: PoolGeometry,
  min: number,
  max: number,
  taps: Int32Array,
): void {
  const C = g.channels;
  const K = g.poolHeight * g.poolWidth;
  const image = g.inHeight * g.inWidth;
  for (let n = 0; n < g.batch; n++)
    for (let oy = 0; oy < g.outHeight; oy++)
      for (let ox = 0; ox < g.outWidth; ox++) {
        maxPoolTaps(g, oy, ox, taps);
        const o = ((n * g.outHeight + oy) * g.outWidth + ox) * C;
        for (let p = 0; p < K; p += 9) {
          // The element offsets of the pass's 9 taps (a short pass repeats its first).
          const base = n * image;
          const first = (base + (taps[p] as number)) * C;
          const t1 = tapOffset(taps, p + 1, K, base, C, first);
          const t2 = tapOffset(taps, p + 2, K, base, C, first);
          const t3 = tapOffset(taps, p + 3, K, base, C, first);
          const t4 = tapOffset(taps, p + 4, K, base, C, first);
          const t5 = tapOffset(taps, p + 5, K, base, C, first);
          const t6 = tapOffset(taps, p + 6, K, base, C, first);
          const t7 = tapOffset(taps, p + 7, K, base, C, first);
          const t8 = tapOffset(taps, p + 8, K, base, C, first);
          for (let c = 0; c < C; c++) {
            const r = maxps(
              maxps(
                maxps(input[t2 + c] as number, input[t3 + c] as number),
                maxps(input[t4 + c] as number, input[t5 + c] as number),
              ),
              maxps(
                maxps(maxps(input[first + c] as number, input[t1 + c] as number), input[t8 + c] as number),
                maxps(input[t6 + c] as number, input[t7 + c] as number),
              ),
            );
            out[o + c] = p === 0 ? minps(maxps(r, min), max) : minps(maxps(out[o + c] as number, r), max);
          }
        }
      }
}

/**
 * Max (`max = true`) or average pooling, where padding never contributes: max ignores it (a window
 * entirely in the padding gives -Infinity before the clamp), average divides by the number of
 * input pixels inside the window (XNNPACK's semantics). Max propagates NaN: a NaN anywhere in the
 * window gives NaN. The clamp is `v < min ? min : v > max ? max : v` (NaN stays NaN). The fp32
 * max pooling of the runtime is {@link maxPool2dF32} (XNNPACK's handling of NaN); this one serves
 * qint8 values (no NaN) and average pooling.
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

/**
 * Mean over the spatial dims of `[batch, pixels, channels]` into `[batch, channels]`, clamped with
 * `v < min ? min : v > max ? max : v` (a NaN stays NaN).
 */
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
