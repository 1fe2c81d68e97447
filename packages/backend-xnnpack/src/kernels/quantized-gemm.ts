/**
 * Quantized fully connected and convolution kernels: int8 activations (static per-tensor `qint8`,
 * or dynamic per-row `qdint8`) times int8 weights with per-channel scales (`qcint8`), int32
 * accumulation, then requantization to `qint8` (static) or fp32 output (dynamic). Dynamic
 * activations also take int4 weights: per-channel (`qcint4`, the same arithmetic as `qcint8`) and
 * blockwise (`qbint4`, one int32 accumulator and one scale per block of k, see
 * {@link qFullyConnectedBlockwise}).
 */
import type { RuntimeValue } from '../runtime/runtime-value.js';
import { quantizeBound, roundEven, rowLength } from './convert.js';
import type { ConvGeometry } from './convolution.js';

/** Weights and parameters packed once at init. */
export interface QuantizedGemmParams {
  readonly n: number;
  readonly k: number;
  /**
   * `[n, k]`, weight zero point already subtracted. For 4-bit filters it is unpacked from
   * {@link QuantizedGemmParams.int4} on first read: the WebAssembly kernels may never need it.
   */
  readonly weights: Int16Array;
  /**
   * 4-bit filters: the serialized bytes (`[n, ceil(k / 2)]`, element `2i` in the low nibble, as
   * `unpackInt4` reads them); null otherwise.
   */
  readonly int4: Uint8Array | null;
  /** Sum over k of each weight row (for the input zero point). */
  readonly rowSums: Int32Array;
  readonly weightScales: Float32Array;
  readonly biasF32: Float32Array | null;
  readonly biasI32: Int32Array | null;
  readonly inputScale: number;
  readonly inputZeroPoint: number;
  readonly outputScale: number;
  readonly outputZeroPoint: number;
  /** Dynamic (per-row input parameters, fp32 output) rather than static int8 output. */
  readonly dynamic: boolean;
  readonly outputMin: number;
  readonly outputMax: number;
  /** Static: per output channel `fp32(fp32(inputScale * weightScale) / outputScale)`. */
  readonly requantScales: Float32Array;
  /** Static: the output range in the quantized domain. */
  readonly qmin: number;
  readonly qmax: number;
  /** Scratch, `n` accumulators. */
  readonly acc: Float64Array;
  /** Blockwise (`qbint4`) weights: elements of k per block; 0 for one scale per channel. */
  readonly blockSize: number;
  /** Blockwise: `[n, k / blockSize]` weight scales (fp32 values of the serialized bf16). */
  readonly blockScales: Float32Array | null;
  /**
   * Blockwise: per channel `-Σ_b fp32(ksum_b * scale_b)`, summed over the blocks in order in fp32
   * (`ksum_b`: the block's sum of weights), which the input zero point multiplies.
   */
  readonly blockKsums: Float32Array | null;
}

/**
 * Unpacks 4-bit weights `[n, k]` (each row nibble-packed on its own, element `2i` in the low
 * nibble of byte `i`, `2i + 1` in the high one; unsigned with zero point 8, as ExecuTorch writes
 * `qcint4`/`qbint4`) into signed values in `[-8, 7]`.
 */
export function unpackInt4(packed: Uint8Array, n: number, k: number, out: Int16Array): void {
  const rowBytes = Math.ceil(k / 2);
  for (let j = 0; j < n; j++) {
    const row = j * rowBytes;
    for (let i = 0; i < k; i++) {
      const byte = packed[row + (i >> 1)] as number;
      out[j * k + i] = ((i & 1 ? byte >> 4 : byte) & 0xf) - 8;
    }
  }
}

/**
 * {@link unpackInt4} (into `out`; null: the sums only), the row sums and (with `blockSize > 0`)
 * {@link blockwiseKsums} in one pass over the weights, with the same results: what loading a 4-bit
 * linear needs. Returns the blockwise sums, or null without blocks.
 */
export function unpackInt4WithSums(
  packed: Uint8Array,
  n: number,
  k: number,
  blockSize: number,
  scales: Float32Array,
  out: Int16Array | null,
  rowSums: Int32Array,
): Float32Array | null {
  const f = Math.fround;
  const rowBytes = Math.ceil(k / 2);
  const bs = blockSize > 0 ? blockSize : k;
  const blocks = bs === 0 ? 0 : k / bs;
  const ksums = blockSize > 0 ? new Float32Array(n) : null;
  for (let j = 0; j < n; j++) {
    const row = j * rowBytes;
    const base = j * k;
    let sum = 0;
    let acc = 0;
    for (let b = 0; b < blocks; b++) {
      let ks = 0;
      const end = (b + 1) * bs;
      let i = b * bs;
      // nibble pairs from whole bytes, then an odd element (low nibble) if the block ends mid-byte
      if (i & 1) {
        const v = ((packed[row + (i >> 1)] as number) >> 4) - 8;
        if (out) out[base + i] = v;
        ks += v;
        i++;
      }
      for (; i + 1 < end; i += 2) {
        const byte = packed[row + (i >> 1)] as number;
        const lo = (byte & 0xf) - 8;
        const hi = (byte >> 4) - 8;
        if (out) {
          out[base + i] = lo;
          out[base + i + 1] = hi;
        }
        ks += lo + hi;
      }
      if (i < end) {
        const v = ((packed[row + (i >> 1)] as number) & 0xf) - 8;
        if (out) out[base + i] = v;
        ks += v;
      }
      sum += ks;
      if (ksums) acc = f(acc - f(ks * (scales[j * blocks + b] as number)));
    }
    rowSums[j] = sum;
    if (ksums) ksums[j] = acc;
  }
  return ksums;
}

/**
 * XNNPACK's per-channel fp32 sums of blockwise weights for the input zero point: for each channel,
 * starting from 0, subtract `fp32(ksum_b * scale_b)` block by block.
 */
export function blockwiseKsums(weights: Int16Array, n: number, k: number, blockSize: number, scales: Float32Array) {
  const f = Math.fround;
  const blocks = k / blockSize;
  const out = new Float32Array(n);
  for (let j = 0; j < n; j++) {
    let acc = 0;
    for (let b = 0; b < blocks; b++) {
      let ks = 0;
      const base = j * k + b * blockSize;
      for (let i = 0; i < blockSize; i++) ks += weights[base + i] as number;
      acc = f(acc - f(ks * (scales[j * blocks + b] as number)));
    }
    out[j] = acc;
  }
  return out;
}

/**
 * Blockwise weight scales `[n, blocks]` repacked for the fused WebAssembly GEMM (`qd8_gemm_qb4w`):
 * per group of 4 channels, per block, the 4 channels' scales (`[ceil(n / 4)][blocks][4]`, lanes
 * past n zero).
 */
export function packQb4wScales(scales: Float32Array, n: number, blocks: number): Float32Array {
  const groups = Math.ceil(n / 4);
  const out = new Float32Array(groups * blocks * 4);
  for (let j = 0; j < n; j++) {
    const g = j >> 2;
    for (let b = 0; b < blocks; b++) out[(g * blocks + b) * 4 + (j & 3)] = scales[j * blocks + b] as number;
  }
  return out;
}

/** Bytes of `[n, k]` 4-bit weights packed for `qd8_gemm_qb4n` (n rounded up to whole groups of 4). */
export function qb4nBytes(n: number, k: number): number {
  return Math.ceil(n / 4) * 4 * (k / 2);
}

/**
 * Blockwise int4 weights `[n, k]` (signed values in `[-8, 7]`) packed for `qd8_gemm_qb4n`: per
 * group of 4 channels, per chunk of 32 inputs, per channel, 16 bytes whose 16-bit lane `i` holds
 * inputs `i`, `8 + i`, `16 + i`, `24 + i` of the chunk in its four nibbles (low to high), each as
 * the weight plus 8. Channels past n (the last group's padding) hold weight 0. `k` must be a
 * multiple of 32.
 */
export function packQb4nWeights(weights: Int16Array, n: number, k: number): Uint8Array {
  const chunks = k / 32;
  const out = new Uint8Array(qb4nBytes(n, k)).fill(0x88);
  for (let j = 0; j < n; j++) {
    const row = j * k;
    for (let c = 0; c < chunks; c++) {
      const dst = (((j >> 2) * chunks + c) * 4 + (j & 3)) * 16;
      const src = row + c * 32;
      for (let i = 0; i < 8; i++) {
        const a = ((weights[src + i] as number) + 8) & 0xf;
        const b = ((weights[src + 8 + i] as number) + 8) & 0xf;
        const c8 = ((weights[src + 16 + i] as number) + 8) & 0xf;
        const d = ((weights[src + 24 + i] as number) + 8) & 0xf;
        out[dst + 2 * i] = a | (b << 4);
        out[dst + 2 * i + 1] = c8 | (d << 4);
      }
    }
  }
  return out;
}

/**
 * {@link packQb4nWeights} straight from serialized 4-bit weights (`[n, k / 2]` bytes, element `2i`
 * in the low nibble, unsigned with zero point 8, as {@link unpackInt4} reads them): the same bytes,
 * without unpacking to int16 first, into `out` when given (e.g. the kernels' memory; at least
 * {@link qb4nBytes} long). `k` must be a multiple of 32.
 */
export function packQb4nFromInt4(
  int4: Uint8Array,
  n: number,
  k: number,
  out: Uint8Array = new Uint8Array(qb4nBytes(n, k)),
): Uint8Array {
  const chunks = k / 32;
  const rowBytes = k / 2;
  out.fill(0x88, 0, qb4nBytes(n, k));
  for (let j = 0; j < n; j++) {
    for (let c = 0; c < chunks; c++) {
      const dst = (((j >> 2) * chunks + c) * 4 + (j & 3)) * 16;
      // the chunk's 32 nibbles: byte t holds elements 2t (low) and 2t + 1 (high)
      const src = j * rowBytes + c * 16;
      for (let i = 0; i < 8; i++) {
        // elements i, 8 + i, 16 + i, 24 + i of the chunk
        const a = ((int4[src + (i >> 1)] as number) >> ((i & 1) << 2)) & 0xf;
        const b = ((int4[src + 4 + (i >> 1)] as number) >> ((i & 1) << 2)) & 0xf;
        const c8 = ((int4[src + 8 + (i >> 1)] as number) >> ((i & 1) << 2)) & 0xf;
        const d = ((int4[src + 12 + (i >> 1)] as number) >> ((i & 1) << 2)) & 0xf;
        out[dst + 2 * i] = a | (b << 4);
        out[dst + 2 * i + 1] = c8 | (d << 4);
      }
    }
  }
  return out;
}

/**
 * Whether the fused blockwise GEMM is exact for these weights: every block's int32 dot product of
 * int8 inputs (|x| <= 128) and the weights stays below 2^24, so it converts to fp32 exactly. 4-bit
 * weights (`int4`, or no `weights` to look at) are within [-8, 7].
 */
export function qb4wFusable(weights: Int16Array | null, blockSize: number, int4 = false): boolean {
  // int4 weights are within [-8, 7]: no need to look
  if (int4 || !weights) return blockSize > 0 && blockSize * 8 * 128 < 2 ** 24;
  let maxW = 0;
  for (let i = 0; i < weights.length; i++) {
    const a = Math.abs(weights[i] as number);
    if (a > maxW) maxW = a;
  }
  return blockSize > 0 && blockSize * maxW * 128 < 2 ** 24;
}

/**
 * XNNPACK's per-channel requantization scales of a qs8 convolution or fully connected operator:
 * `fp32(fp32(inputScale * weightScale[c]) / outputScale)`.
 */
export function requantizationScales(
  inputScale: number,
  weightScales: Float32Array,
  outputScale: number,
): Float32Array {
  const out = new Float32Array(weightScales.length);
  for (let c = 0; c < out.length; c++)
    out[c] = Math.fround(Math.fround(inputScale * (weightScales[c] as number)) / outputScale);
  return out;
}

/** The qs8 output range `[qmin, qmax]` of an fp32 output clamp (XNNPACK's `xnn_qs8_quantize`). */
export function quantizedOutputRange(min: number, max: number, scale: number, zeroPoint: number): [number, number] {
  return [quantizeBound(min, scale, zeroPoint), quantizeBound(max, scale, zeroPoint)];
}

/**
 * Writes `count` outputs from int32 accumulators (input zero point already applied). Dynamic:
 * `fp32(fp32(acc) * inputScale)`, then times the weight scale plus the bias in one fused
 * multiply-add, then the fp32 clamp (XNNPACK's qd8-f32-qc8w GEMM on x86). Static:
 * `fp32(acc + bias) * requantScale` clamped to the quantized range, rounded to nearest even, plus
 * the output zero point (XNNPACK's fp32 requantization).
 */
function emit(
  q: QuantizedGemmParams,
  acc: Float64Array,
  out: Int8Array | Float32Array,
  outBase: number,
  xScale: number,
  c0: number,
  count: number,
): void {
  const f = Math.fround;
  if (q.dynamic) {
    const o = out as Float32Array;
    for (let j = 0; j < count; j++) {
      const c = c0 + j;
      const t = f(f(acc[j] as number) * xScale);
      const v = f(t * (q.weightScales[c] as number) + (q.biasF32 ? (q.biasF32[c] as number) : 0));
      o[outBase + j] = v < q.outputMin ? q.outputMin : v > q.outputMax ? q.outputMax : v;
    }
    return;
  }
  const zo = q.outputZeroPoint;
  const lo = q.qmin - zo;
  const hi = q.qmax - zo;
  const o = out as Int8Array;
  for (let j = 0; j < count; j++) {
    const c = c0 + j;
    let a = acc[j] as number;
    if (q.biasI32) a += q.biasI32[c] as number;
    let v = f(f(a) * (q.requantScales[c] as number));
    if (q.biasF32) v = f(v + f((q.biasF32[c] as number) / q.outputScale));
    v = v < lo ? lo : v > hi ? hi : v;
    o[outBase + j] = roundEven(v) + zo;
  }
}

/** Fully connected over `rows` rows of `k` quantized inputs. */
export function qFullyConnected(q: QuantizedGemmParams, x: RuntimeValue, out: RuntimeValue, rows: number): void {
  const xd = x.data as Int8Array;
  const { n, k, weights, rowSums, acc } = q;
  const rowLen = q.dynamic ? Math.max(1, rowLength(x)) : 1;
  for (let m = 0; m < rows; m++) {
    let zx = q.inputZeroPoint;
    let sx = q.inputScale;
    if (q.dynamic) {
      // Rows of the input map onto quantization rows by element position.
      const r = Math.floor((m * k) / rowLen);
      sx = x.rowScales![r] as number;
      zx = x.rowZeroPoints![r] as number;
    }
    const xo = m * k;
    for (let j = 0; j < n; j++) {
      const w = j * k;
      let s = 0;
      for (let p = 0; p < k; p++) s += (xd[xo + p] as number) * (weights[w + p] as number);
      acc[j] = s - zx * (rowSums[j] as number);
    }
    emit(q, acc, out.data as Int8Array | Float32Array, m * n, sx, 0, n);
  }
}

/**
 * {@link qFullyConnected} for dynamically quantized rows whose raw dot products
 * `Σ_p x[m][p] * weights[j][p]` (int32, `[rows, n]`) were computed elsewhere (the WebAssembly
 * kernel): applies each row's zero point and writes the fp32 outputs exactly as that kernel does.
 * `dots` holds rows `[m0, m0 + rows)`.
 */
export function qFullyConnectedFromDots(
  q: QuantizedGemmParams,
  x: RuntimeValue,
  out: RuntimeValue,
  m0: number,
  rows: number,
  dots: Int32Array,
): void {
  const { n, k } = q;
  const rowLen = Math.max(1, rowLength(x));
  for (let i = 0; i < rows; i++) {
    const m = m0 + i;
    const r = Math.floor((m * k) / rowLen);
    const sx = x.rowScales![r] as number;
    const zx = x.rowZeroPoints![r] as number;
    qDynamicRowFromDots(q, dots, i * n, zx, sx, out.data as Float32Array, m * n);
  }
}

/**
 * Dynamically quantized fully connected with blockwise int4 weights (XNNPACK's qd8-f32-qb4w GEMM)
 * over `rows` rows: per output, starting from `fp32(ksums[c] * inputZeroPoint)`, add
 * `fp32(acc_b) * scale_b` block by block (one rounding each), then multiply by the row's input
 * scale, add the bias and clamp. `acc_b` is the int32 dot product of the block's quantized inputs
 * and signed weights.
 */
export function qFullyConnectedBlockwise(
  q: QuantizedGemmParams,
  x: RuntimeValue,
  out: RuntimeValue,
  rows: number,
): void {
  const f = Math.fround;
  const xd = x.data as Int8Array;
  const od = out.data as Float32Array;
  const { n, k, weights, blockSize } = q;
  const scales = q.blockScales as Float32Array;
  const ksums = q.blockKsums as Float32Array;
  const blocks = blockSize === 0 ? 0 : k / blockSize;
  const rowLen = Math.max(1, rowLength(x));
  for (let m = 0; m < rows; m++) {
    const r = Math.floor((m * k) / rowLen);
    const sx = x.rowScales![r] as number;
    const zx = x.rowZeroPoints![r] as number;
    const xo = m * k;
    for (let j = 0; j < n; j++) {
      let v = f((ksums[j] as number) * zx);
      for (let b = 0; b < blocks; b++) {
        const w = j * k + b * blockSize;
        const xb = xo + b * blockSize;
        let acc = 0;
        for (let p = 0; p < blockSize; p++) acc += (xd[xb + p] as number) * (weights[w + p] as number);
        v = f(v + f(acc * (scales[j * blocks + b] as number)));
      }
      v = f(v * sx);
      if (q.biasF32) v = f(v + (q.biasF32[j] as number));
      od[m * n + j] = v < q.outputMin ? q.outputMin : v > q.outputMax ? q.outputMax : v;
    }
  }
}

/**
 * Writes one output row of a dynamically quantized GEMM from raw int32 dot products
 * (`dots[dotsBase + j]`, before the input zero point) with the row's zero point and scale, as
 * {@link qFullyConnected} and {@link qConv2d} do.
 */
export function qDynamicRowFromDots(
  q: QuantizedGemmParams,
  dots: Int32Array,
  dotsBase: number,
  zx: number,
  sx: number,
  out: Float32Array,
  outBase: number,
): void {
  const { n, rowSums, acc } = q;
  for (let j = 0; j < n; j++) acc[j] = (dots[dotsBase + j] as number) - zx * (rowSums[j] as number);
  emit(q, acc, out, outBase, sx, 0, n);
}

/**
 * {@link qFullyConnectedBlockwise} from block dot products computed elsewhere (the WebAssembly
 * kernel): `dots` is int32 `[rows, n, k / blockSize]` for rows `[m0, m0 + rows)`; the fp32 steps
 * are the same.
 */
export function qFullyConnectedBlockwiseFromDots(
  q: QuantizedGemmParams,
  x: RuntimeValue,
  out: RuntimeValue,
  m0: number,
  rows: number,
  dots: Int32Array,
): void {
  const f = Math.fround;
  const od = out.data as Float32Array;
  const { n, k, blockSize } = q;
  const scales = q.blockScales as Float32Array;
  const ksums = q.blockKsums as Float32Array;
  const blocks = blockSize === 0 ? 0 : k / blockSize;
  const rowLen = Math.max(1, rowLength(x));
  for (let i = 0; i < rows; i++) {
    const m = m0 + i;
    const r = Math.floor((m * k) / rowLen);
    const sx = x.rowScales![r] as number;
    const zx = x.rowZeroPoints![r] as number;
    for (let j = 0; j < n; j++) {
      let v = f((ksums[j] as number) * zx);
      const d = (i * n + j) * blocks;
      for (let b = 0; b < blocks; b++) v = f(v + f((dots[d + b] as number) * (scales[j * blocks + b] as number)));
      v = f(v * sx);
      if (q.biasF32) v = f(v + (q.biasF32[j] as number));
      od[m * n + j] = v < q.outputMin ? q.outputMin : v > q.outputMax ? q.outputMax : v;
    }
  }
}

/**
 * Direct quantized convolution over an NHWC input. Regular convolutions use filter `[outC, kh, kw,
 * inC]` as a GEMM row per output channel; depthwise ones `[C, kh * kw]`.
 */
export function qConv2d(
  q: QuantizedGemmParams,
  x: RuntimeValue,
  out: RuntimeValue,
  geo: ConvGeometry,
  depthwise: boolean,
): void {
  const xd = x.data as Int8Array;
  const od = out.data as Int8Array | Float32Array;
  const inC = geo.groups * geo.groupInputChannels;
  const outC = q.n;
  const gi = geo.groupInputChannels;
  const go = geo.groupOutputChannels;
  const { weights, acc } = q;
  const kh = geo.kernelHeight;
  const kw = geo.kernelWidth;
  const imagePixels = geo.inHeight * geo.inWidth * inC;
  // Elements per dynamic quantization row: a whole image (or more), or one pixel where the
  // convolution is a pointwise GEMM (see graph-rewrites.ts), whose output pixel reads one input pixel.
  const perRow = q.dynamic ? Math.max(rowLength(x), 1) : 1;
  const perPixel = perRow < imagePixels;
  for (let b = 0; b < geo.batch; b++) {
    for (let oy = 0; oy < geo.outHeight; oy++)
      for (let ox = 0; ox < geo.outWidth; ox++) {
        const at = perPixel
          ? ((b * geo.inHeight + oy * geo.strideHeight) * geo.inWidth + ox * geo.strideWidth) * inC
          : b * imagePixels;
        const r = q.dynamic ? Math.floor(at / perRow) : 0;
        const zx = q.dynamic ? (x.rowZeroPoints![r] as number) : q.inputZeroPoint;
        const sx = q.dynamic ? (x.rowScales![r] as number) : q.inputScale;
        acc.fill(0, 0, outC);
        for (let y = 0; y < kh; y++) {
          const iy = oy * geo.strideHeight - geo.padTop + y * geo.dilationHeight;
          if (iy < 0 || iy >= geo.inHeight) continue;
          for (let xx = 0; xx < kw; xx++) {
            const ix = ox * geo.strideWidth - geo.padLeft + xx * geo.dilationWidth;
            if (ix < 0 || ix >= geo.inWidth) continue;
            const inBase = ((b * geo.inHeight + iy) * geo.inWidth + ix) * inC;
            const tap = y * kw + xx;
            if (depthwise) {
              const mult = outC / inC;
              for (let c = 0; c < outC; c++) {
                const v = (xd[inBase + Math.floor(c / mult)] as number) - zx;
                acc[c] = (acc[c] as number) + v * (weights[c * kh * kw + tap] as number);
              }
            } else {
              // Groups: output channel c reads the gi input channels of its group, c / go.
              const kOff = tap * gi;
              for (let c = 0; c < outC; c++) {
                const w = c * q.k + kOff;
                const src = inBase + Math.floor(c / go) * gi;
                let s = 0;
                for (let i = 0; i < gi; i++) s += ((xd[src + i] as number) - zx) * (weights[w + i] as number);
                acc[c] = (acc[c] as number) + s;
              }
            }
          }
        }
        emit(q, acc, od, ((b * geo.outHeight + oy) * geo.outWidth + ox) * outC, sx, 0, outC);
      }
  }
}

/**
 * Quantized transposed convolution, NHWC input, `[outC, kh, kw, gi]` filter: each output pixel
 * gathers the input pixels whose taps land on it (input pixel `iy` with tap `ky` writes row
 * `iy * stride - padTop + ky * dilation`), accumulates `(x - zx) * w` in int32, then finishes as a
 * convolution does (see `emit`): static, requantized to qint8; dynamic (`qdint8` input with rows of
 * whole images, fp32 output), with the image's row scale and zero point.
 */
export function qConvTranspose2d(q: QuantizedGemmParams, x: RuntimeValue, out: RuntimeValue, g: ConvGeometry): void {
  const xd = x.data as Int8Array;
  const od = out.data as Int8Array | Float32Array;
  const gi = g.groupInputChannels;
  const go = g.groupOutputChannels;
  const inC = g.groups * gi;
  const outC = q.n;
  const kh = g.kernelHeight;
  const kw = g.kernelWidth;
  const image = g.inHeight * g.inWidth * inC;
  const perRow = q.dynamic ? Math.max(rowLength(x), 1) : 1;
  const { weights, acc } = q;
  for (let b = 0; b < g.batch; b++) {
    const r = q.dynamic ? Math.floor((b * image) / perRow) : 0;
    const zx = q.dynamic ? (x.rowZeroPoints![r] as number) : q.inputZeroPoint;
    const sx = q.dynamic ? (x.rowScales![r] as number) : q.inputScale;
    for (let oy = 0; oy < g.outHeight; oy++)
      for (let ox = 0; ox < g.outWidth; ox++) {
        acc.fill(0, 0, outC);
        for (let ky = 0; ky < kh; ky++) {
          const ny = oy + g.padTop - ky * g.dilationHeight;
          if (ny < 0 || ny % g.strideHeight !== 0) continue;
          const iy = ny / g.strideHeight;
          if (iy >= g.inHeight) continue;
          for (let kx = 0; kx < kw; kx++) {
            const nx = ox + g.padLeft - kx * g.dilationWidth;
            if (nx < 0 || nx % g.strideWidth !== 0) continue;
            const ix = nx / g.strideWidth;
            if (ix >= g.inWidth) continue;
            const inBase = ((b * g.inHeight + iy) * g.inWidth + ix) * inC;
            const kOff = (ky * kw + kx) * gi;
            for (let c = 0; c < outC; c++) {
              const w = c * q.k + kOff;
              const src = inBase + Math.floor(c / go) * gi;
              let s = 0;
              for (let i = 0; i < gi; i++) s += ((xd[src + i] as number) - zx) * (weights[w + i] as number);
              acc[c] = (acc[c] as number) + s;
            }
          }
        }
        emit(q, acc, od, ((b * g.outHeight + oy) * g.outWidth + ox) * outC, sx, 0, outC);
      }
  }
}
