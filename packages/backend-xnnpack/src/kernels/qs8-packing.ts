/**
 * Packing of statically quantized (qs8) convolution and fully connected weights for the
 * WebAssembly kernels (assembly/qs8/), done once at init from the parameters the
 * TypeScript reference kernels use ({@link QuantizedGemmParams}).
 *
 * GEMM panels, per 8 output channels: a 96-byte header (8 int32 biases, 8 fp32 requantization
 * scales, 8 fp32 biases divided by the output scale, each 0 past the channel count), then `kp / 2`
 * rows of 16 int16 weights (weight zero point subtracted): the pairs `(k, k + 1)` of channels 0..7.
 * `kp` is K rounded up to even; missing weights are 0.
 *
 * Depthwise: `cp` (channels rounded up to 8) int32 biases minus the input zero point times the
 * channel's weight sum (the kernel sums raw inputs, padding reading the zero point), `cp` fp32
 * scales, `cp` fp32 biases, then per pair of filter taps (the last one of an odd count padded with
 * 0) one row of `cp` interleaved int16 pairs `(w[t][c], w[t + 1][c])`.
 */
import type { QuantizedGemmParams } from './quantized-gemm.js';

/** Bytes of a GEMM panel's header. */
const QS8_PANEL_HEADER = 96;

/** K rounded up to even (the kernels take input pairs). */
function qs8PaddedK(k: number): number {
  return (k + 1) & ~1;
}

/** Bytes of the packed GEMM weights of `n` output channels over `k` inputs. */
export function qs8GemmPackedBytes(n: number, k: number): number {
  return Math.ceil(n / 8) * (QS8_PANEL_HEADER + qs8PaddedK(k) * 16);
}

/** Bytes of the packed depthwise weights of `channels` channels and `taps` filter taps. */
export function qs8DepthwisePackedBytes(taps: number, channels: number): number {
  const cp = Math.ceil(channels / 8) * 8;
  return cp * 12 + Math.ceil(taps / 2) * cp * 4;
}

/** Bytes of the depthwise kernel's scratch: two tables of one entry per filter tap (the count rounded up to even). */
export function qs8DepthwiseScratchBytes(taps: number): number {
  return Math.ceil(taps / 2) * 16;
}

/** The fp32 bias term of output channel `c` in the output's quantized domain (as the reference adds it). */
function scaledBias(q: QuantizedGemmParams, c: number): number {
  return q.biasF32 ? Math.fround((q.biasF32[c] as number) / q.outputScale) : 0;
}

/** Packs GEMM panels of static qs8 parameters at `offset` (16-byte aligned) of `buffer`. */
export function packQs8Gemm(q: QuantizedGemmParams, buffer: ArrayBufferLike, offset: number): void {
  const { n, k, weights } = q;
  const kp = qs8PaddedK(k);
  const panelBytes = QS8_PANEL_HEADER + kp * 16;
  const panels = Math.ceil(n / 8);
  for (let p = 0; p < panels; p++) {
    const base = offset + p * panelBytes;
    const bias = new Int32Array(buffer, base, 8);
    const scale = new Float32Array(buffer, base + 32, 8);
    const fbias = new Float32Array(buffer, base + 64, 8);
    const w = new Int16Array(buffer, base + QS8_PANEL_HEADER, kp * 8);
    w.fill(0);
    for (let j = 0; j < 8; j++) {
      const c = p * 8 + j;
      if (c >= n) {
        bias[j] = 0;
        scale[j] = 0;
        fbias[j] = 0;
        continue;
      }
      bias[j] = q.biasI32 ? (q.biasI32[c] as number) : 0;
      scale[j] = q.requantScales[c] as number;
      fbias[j] = scaledBias(q, c);
      const row = c * k;
      for (let i = 0; i < k; i++) w[(i >> 1) * 16 + j * 2 + (i & 1)] = weights[row + i] as number;
    }
  }
}

/**
 * Packs depthwise weights of static qs8 parameters (`q.weights` is `[channels, taps]`) at
 * `offset` (16-byte aligned) of `buffer`.
 */
export function packQs8Depthwise(q: QuantizedGemmParams, taps: number, buffer: ArrayBufferLike, offset: number): void {
  const channels = q.n;
  const cp = Math.ceil(channels / 8) * 8;
  const pairs = Math.ceil(taps / 2);
  const bias = new Int32Array(buffer, offset, cp);
  const scale = new Float32Array(buffer, offset + cp * 4, cp);
  const fbias = new Float32Array(buffer, offset + cp * 8, cp);
  const w = new Int16Array(buffer, offset + cp * 12, pairs * cp * 2);
  bias.fill(0);
  scale.fill(0);
  fbias.fill(0);
  w.fill(0);
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let t = 0; t < taps; t++) {
      const v = q.weights[c * taps + t] as number;
      w[(t >> 1) * cp * 2 + c * 2 + (t & 1)] = v;
      sum += v;
    }
    // int32 wrap-around, as the kernel's accumulator (the final sum fits: qs8AccumulatorFits).
    bias[c] = ((q.biasI32 ? (q.biasI32[c] as number) : 0) - q.inputZeroPoint * sum) | 0;
    scale[c] = q.requantScales[c] as number;
    fbias[c] = scaledBias(q, c);
  }
}

/**
 * Whether int32 accumulation cannot overflow for these parameters (inputs and weights minus their
 * zero points are within [-255, 255]), so the WebAssembly kernels match the reference exactly.
 */
export function qs8AccumulatorFits(q: QuantizedGemmParams, k: number): boolean {
  let bias = 0;
  if (q.biasI32) for (let c = 0; c < q.n; c++) bias = Math.max(bias, Math.abs(q.biasI32[c] as number));
  return bias + k * 255 * 255 <= 0x7fffffff;
}

/** Output pixels gathered per block by the qs8 convolution (a multiple of the 4-row microkernel). */
export function qs8RowsPerBlock(k: number): number {
  const rows = Math.floor(24576 / (2 * qs8PaddedK(Math.max(k, 1))) / 4) * 4;
  return Math.min(Math.max(rows, 4), 256);
}

/** Bytes of the qs8 convolution's scratch: a block of gathered rows and 16 bytes of slack. */
export function qs8ConvScratchBytes(rowsPerBlock: number, k: number): number {
  return rowsPerBlock * qs8PaddedK(k) * 2 + 16;
}
