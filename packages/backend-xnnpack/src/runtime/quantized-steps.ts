/**
 * Statically quantized (qs8) convolution and fully connected steps over the WebAssembly kernels
 * (assembly/qs8/). Weights are packed into the kernels' memory once, when the step is
 * created; results are bit-identical to the TypeScript kernels of src/kernels/quantized-gemm.ts,
 * which run instead where these do not apply (dynamic quantization, channel multipliers, values
 * outside the kernels' memory).
 */
import { rowLength } from '../kernels/convert.js';
import type { ConvGeometry } from '../kernels/convolution.js';
import type { PoolGeometry } from '../kernels/pooling.js';
import {
  packQs8Depthwise,
  packQs8Gemm,
  qs8AccumulatorFits,
  qs8ConvScratchBytes,
  qs8DepthwisePackedBytes,
  qs8DepthwiseScratchBytes,
  qs8GemmPackedBytes,
  qs8RowsPerBlock,
} from '../kernels/qs8-packing.js';
import type { Qs8AddParams, Qs8MulParams } from '../kernels/quantized-elementwise.js';
import {
  type QuantizedGemmParams,
  qDynamicRowFromDots,
  qFullyConnectedBlockwiseFromDots,
  qFullyConnectedFromDots,
} from '../kernels/quantized-gemm.js';
import { XnnDatatype, type XnnNode } from '../serialization/xnn-graph.js';
import type { KernelHeap } from '../wasm/kernels.js';
import { pointerOf, repeats, runParallel, type Step, type StepContext } from './node-steps.js';
import { numelOf, type RuntimeValue } from './runtime-value.js';

/** Whether the WebAssembly kernels compute these parameters exactly as the reference. */
function supported(q: QuantizedGemmParams, k: number): boolean {
  return !q.dynamic && q.qmin <= q.qmax && qs8AccumulatorFits(q, k);
}

/**
 * A qs8 convolution step (one group, or depthwise with channel multiplier 1) over the WebAssembly
 * kernels, or null where only the TypeScript kernel applies. `reference` runs the TypeScript
 * kernel (an input outside the kernels' memory).
 */
export function wasmQs8ConvStep(
  node: XnnNode,
  q: QuantizedGemmParams,
  geo: ConvGeometry,
  depthwise: boolean,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  ctx: StepContext,
  infer: () => void,
  reference: () => void,
): Step | null {
  const g = geo;
  const lo = q.qmin - q.outputZeroPoint;
  const hi = q.qmax - q.outputZeroPoint;
  const zo = q.outputZeroPoint;
  const zx = q.inputZeroPoint;
  if (depthwise) {
    if (g.groupInputChannels !== 1 || g.groupOutputChannels !== 1 || !supported(q, q.k)) return null;
    const channels = g.groups;
    const taps = g.kernelHeight * g.kernelWidth;
    const packed = heap.alloc(qs8DepthwisePackedBytes(taps, channels));
    packQs8Depthwise(q, taps, heap.buffer, packed);
    // Taps outside the image read the input zero point.
    const zeroRow = heap.alloc(channels);
    new Int8Array(heap.buffer, zeroRow, channels).fill(zx);
    const args = new Array<number>(22).fill(0);
    return {
      node,
      infer,
      scratchBytes: () => qs8DepthwiseScratchBytes(taps),
      run() {
        const xp = pointerOf(heap, x);
        const op = pointerOf(heap, out);
        if (xp < 0 || op < 0) return reference();
        args[0] = g.batch;
        args[1] = g.inHeight;
        args[2] = g.inWidth;
        args[3] = g.outHeight;
        args[4] = g.outWidth;
        args[5] = channels;
        args[6] = g.kernelHeight;
        args[7] = g.kernelWidth;
        args[8] = g.strideHeight;
        args[9] = g.strideWidth;
        args[10] = g.dilationHeight;
        args[11] = g.dilationWidth;
        args[12] = g.padTop;
        args[13] = g.padLeft;
        args[14] = zeroRow;
        args[15] = xp;
        args[16] = packed;
        args[17] = op;
        args[18] = ctx.scratchPtr;
        args[19] = lo;
        args[20] = hi;
        args[21] = zo;
        const macs = g.batch * g.outHeight * g.outWidth * channels * taps;
        if (runParallel(ctx, 'qs8_dwconv2d_part', args, macs, 18)) return;
        heap.exports.qs8_dwconv2d(
          g.batch,
          g.inHeight,
          g.inWidth,
          g.outHeight,
          g.outWidth,
          channels,
          g.kernelHeight,
          g.kernelWidth,
          g.strideHeight,
          g.strideWidth,
          g.dilationHeight,
          g.dilationWidth,
          g.padTop,
          g.padLeft,
          zeroRow,
          xp,
          packed,
          op,
          ctx.scratchPtr,
          lo,
          hi,
          zo,
        );
      },
    };
  }
  if (g.groups !== 1 || !supported(q, q.k)) return null;
  const inC = g.groupInputChannels;
  return gemmStep(node, q, heap, ctx, x, out, infer, reference, (a) => {
    a[0] = g.batch;
    a[1] = g.inHeight;
    a[2] = g.inWidth;
    a[3] = g.outHeight;
    a[4] = g.outWidth;
    a[5] = g.kernelHeight;
    a[6] = g.kernelWidth;
    a[7] = g.strideHeight;
    a[8] = g.strideWidth;
    a[9] = g.dilationHeight;
    a[10] = g.dilationWidth;
    a[11] = g.padTop;
    a[12] = g.padLeft;
    a[13] = inC;
    return g.batch * g.outHeight * g.outWidth;
  });
}

/** A qs8 fully connected step over the WebAssembly kernels, or null (see {@link wasmQs8ConvStep}). */
export function wasmQs8FullyConnectedStep(
  node: XnnNode,
  q: QuantizedGemmParams,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  ctx: StepContext,
  infer: () => void,
  reference: () => void,
): Step | null {
  if (!supported(q, q.k)) return null;
  const k = q.k;
  // Rows of k inputs as the pixels of a [rows, 1] image under a 1x1 convolution.
  return gemmStep(node, q, heap, ctx, x, out, infer, reference, (a) => {
    const rows = k === 0 ? 0 : numelOf(x.shape) / k;
    a[0] = 1;
    a[1] = rows;
    a[2] = 1;
    a[3] = rows;
    a[4] = 1;
    for (let i = 5; i <= 10; i++) a[i] = 1;
    a[11] = 0;
    a[12] = 0;
    a[13] = k;
    return rows;
  });
}

/**
 * A dynamically quantized (qd8) fully connected step, per-channel (int8, int4) or blockwise (int4)
 * weights: the WebAssembly kernel computes the int32 dot products of every row (per block) into
 * scratch, then {@link qFullyConnectedFromDots} / {@link qFullyConnectedBlockwiseFromDots} apply
 * zero points, scales and bias exactly as the TypeScript kernels do. With `pointwise` (the geometry
 * of a 1x1, stride-1, unpadded convolution) the pixels are the rows. Null where k could overflow
 * int32 (k >= 2^16).
 */
export function wasmQd8FullyConnectedStep(
  node: XnnNode,
  q: QuantizedGemmParams,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  ctx: StepContext,
  infer: () => void,
  reference: () => void,
  pointwise: ConvGeometry | null = null,
): Step | null {
  const { n, k } = q;
  if (!q.dynamic || k >= 2 ** 16 || out.datatype !== XnnDatatype.Fp32) return null;
  // A pointwise convolution reads each pixel's row parameters where the fully connected layer reads
  // them (one quantization row per pixel, or rows of whole images); anything else stays in TypeScript.
  const rowsMatch = () => {
    if (!pointwise) return true;
    const image = pointwise.inHeight * pointwise.inWidth * k;
    const perRow = Math.max(rowLength(x), 1);
    return perRow === k || perRow % image === 0;
  };
  // Per-channel weights: one block of k; blockwise (qbint4): the weights' blocks.
  const bs = q.blockSize > 0 ? q.blockSize : k;
  const blocks = bs === 0 ? 0 : k / bs;
  const weights = heap.alloc(n * k * 2);
  new Int16Array(heap.buffer, weights, n * k).set(q.weights);
  const rowsOf = () => (k === 0 ? 0 : numelOf(x.shape) / k);
  // A view of the scratch, made again only when the scratch moves (a re-plan) or grows.
  let dots: Int32Array<ArrayBufferLike> = new Int32Array(0);
  // qd8_dots_part's arguments (rows, input and scratch set per run); the pool adds part, parts.
  const args = [0, n, k, bs, 0, weights, 0];
  return {
    node,
    infer,
    scratchBytes: () => Math.min(rowsOf(), QD8_ROWS) * n * blocks * 4,
    run() {
      const xp = pointerOf(heap, x);
      const rows = rowsOf();
      if (xp < 0 || rows === 0 || !rowsMatch()) return reference();
      const count = Math.min(rows, QD8_ROWS) * n * blocks;
      if (dots.buffer !== heap.buffer || dots.byteOffset !== ctx.scratchPtr || dots.length < count)
        dots = new Int32Array(heap.buffer, ctx.scratchPtr, count);
      // Chunks of rows bound the scratch (a long prefill times a large vocabulary).
      for (let m0 = 0; m0 < rows; m0 += QD8_ROWS) {
        const chunk = Math.min(QD8_ROWS, rows - m0);
        const xc = xp + m0 * k;
        args[0] = chunk;
        args[4] = xc;
        args[6] = ctx.scratchPtr;
        if (!runParallel(ctx, 'qd8_dots_part', args, chunk * n * k))
          heap.exports.qd8_dots(chunk, n, k, bs, xc, weights, ctx.scratchPtr);
        if (q.blockSize > 0) qFullyConnectedBlockwiseFromDots(q, x, out, m0, chunk, dots);
        else qFullyConnectedFromDots(q, x, out, m0, chunk, dots);
      }
    },
  };
}

/** Rows per chunk of {@link wasmQd8FullyConnectedStep}. */
const QD8_ROWS = 256;

/** Output pixels gathered per block by {@link wasmQd8ConvStep}. */
const QD8_CONV_BLOCK = 64;

/**
 * A dynamically quantized convolution (one group, any kernel, stride, dilation, padding) whose
 * quantization rows cover whole images: blocks of output pixels are gathered (padding filled with
 * the image's zero point, so it contributes nothing), the WebAssembly kernel computes their int32
 * dot products, then {@link qDynamicRowFromDots} finishes each pixel exactly as {@link qConv2d}
 * does. Null where only the TypeScript kernel applies.
 */
export function wasmQd8ConvStep(
  node: XnnNode,
  q: QuantizedGemmParams,
  geo: ConvGeometry,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  ctx: StepContext,
  infer: () => void,
  reference: () => void,
): Step | null {
  const { n, k } = q;
  if (!q.dynamic || geo.groups !== 1 || k >= 2 ** 16 || out.datatype !== XnnDatatype.Fp32) return null;
  const weights = heap.alloc(n * k * 2);
  new Int16Array(heap.buffer, weights, n * k).set(q.weights);
  const colBytes = Math.ceil((QD8_CONV_BLOCK * k) / 16) * 16;
  let dots: Int32Array<ArrayBufferLike> = new Int32Array(0);
  let outF32: Float32Array<ArrayBufferLike> = new Float32Array(0);
  return {
    node,
    infer,
    scratchBytes: () => colBytes + QD8_CONV_BLOCK * n * 4,
    run() {
      const g = geo;
      const xp = pointerOf(heap, x);
      const inC = g.groupInputChannels;
      const image = g.inHeight * g.inWidth * inC;
      const perRow = Math.max(rowLength(x), 1);
      // Rows of single pixels (pointwise rewrites) or partial images: the TypeScript kernel.
      if (xp < 0 || image === 0 || perRow < image) return reference();
      const col = ctx.scratchPtr;
      const dotsPtr = col + colBytes;
      if (dots.buffer !== heap.buffer || dots.byteOffset !== dotsPtr)
        dots = new Int32Array(heap.buffer, dotsPtr, QD8_CONV_BLOCK * n);
      if (outF32 !== out.data) outF32 = out.data as Float32Array;
      const pixels = g.outHeight * g.outWidth;
      for (let b = 0; b < g.batch; b++) {
        const r = Math.floor((b * image) / perRow);
        const zx = x.rowZeroPoints![r] as number;
        const sx = x.rowScales![r] as number;
        for (let p0 = 0; p0 < pixels; p0 += QD8_CONV_BLOCK) {
          const rows = Math.min(QD8_CONV_BLOCK, pixels - p0);
          heap.exports.im2col_i8(
            g.inHeight,
            g.inWidth,
            inC,
            g.outWidth,
            g.kernelHeight,
            g.kernelWidth,
            g.strideHeight,
            g.strideWidth,
            g.dilationHeight,
            g.dilationWidth,
            g.padTop,
            g.padLeft,
            p0,
            rows,
            xp + b * image,
            zx,
            col,
          );
          heap.exports.qd8_dots(rows, n, k, k, col, weights, dotsPtr);
          for (let i = 0; i < rows; i++) qDynamicRowFromDots(q, dots, i * n, zx, sx, outF32, (b * pixels + p0 + i) * n);
        }
      }
    },
  };
}

/** The scratch argument of `qs8_conv2d` (offset per thread by the pool). */
const SCRATCH_ARG = 19;

function gemmStep(
  node: XnnNode,
  q: QuantizedGemmParams,
  heap: KernelHeap,
  ctx: StepContext,
  x: RuntimeValue,
  out: RuntimeValue,
  infer: () => void,
  reference: () => void,
  geometry: (args: number[]) => number,
): Step {
  const { n, k } = q;
  const packed = heap.alloc(qs8GemmPackedBytes(n, k));
  packQs8Gemm(q, heap.buffer, packed);
  const rowsPerBlock = qs8RowsPerBlock(k);
  const lo = q.qmin - q.outputZeroPoint;
  const hi = q.qmax - q.outputZeroPoint;
  // Arguments of `qs8_conv2d`: the geometry (0..13) from `geometry`, the rest below.
  const a = new Array<number>(24).fill(0);
  return {
    node,
    infer,
    scratchBytes: () => qs8ConvScratchBytes(rowsPerBlock, k),
    run() {
      const xp = pointerOf(heap, x);
      const op = pointerOf(heap, out);
      if (xp < 0 || op < 0) return reference();
      const pixels = geometry(a);
      a[14] = n;
      a[15] = q.inputZeroPoint;
      a[16] = xp;
      a[17] = packed;
      a[18] = op;
      a[SCRATCH_ARG] = ctx.scratchPtr;
      a[20] = rowsPerBlock;
      a[21] = lo;
      a[22] = hi;
      a[23] = q.outputZeroPoint;
      if (runParallel(ctx, 'qs8_conv2d_part', a, pixels * n * k, SCRATCH_ARG)) return;
      heap.exports.qs8_conv2d(
        a[0] as number,
        a[1] as number,
        a[2] as number,
        a[3] as number,
        a[4] as number,
        a[5] as number,
        a[6] as number,
        a[7] as number,
        a[8] as number,
        a[9] as number,
        a[10] as number,
        a[11] as number,
        a[12] as number,
        a[13] as number,
        n,
        q.inputZeroPoint,
        xp,
        packed,
        op,
        ctx.scratchPtr,
        rowsPerBlock,
        lo,
        hi,
        q.outputZeroPoint,
      );
    },
  };
}

/**
 * How an element-wise qs8 kernel covers the current shapes: 1 when `a` has the output's shape and
 * `b` repeats over it, 2 for the reverse (the operands swap), 0 when neither.
 */
function repeatPlan(a: RuntimeValue, b: RuntimeValue, out: RuntimeValue): number {
  const n = numelOf(out.shape);
  if (numelOf(a.shape) === n && repeats(b.shape, out.shape)) return 1;
  if (numelOf(b.shape) === n && repeats(a.shape, out.shape)) return 2;
  return 0;
}

/**
 * qs8 addition (or subtraction) with XNNPACK's fixed-point parameters over the WebAssembly kernel
 * where one operand has the output's shape and the other repeats over it; else `reference`.
 */
export function wasmQs8AddStep(
  node: XnnNode,
  p: Qs8AddParams,
  a: RuntimeValue,
  b: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  infer: () => void,
  reference: () => void,
): Step | null {
  if (p.qmin > p.qmax) return null;
  let plan = 0;
  return {
    node,
    infer() {
      infer();
      plan = repeatPlan(a, b, out);
    },
    run() {
      const ap = pointerOf(heap, a);
      const bp = pointerOf(heap, b);
      const op = pointerOf(heap, out);
      const n = numelOf(out.shape);
      if (plan === 0 || ap < 0 || bp < 0 || op < 0 || n === 0) return reference();
      const { bias, shift, outputZeroPoint: zo, qmin, qmax } = p;
      // The full operand first, the repeated one second (plan 2: b is the full one).
      const swap = plan !== 1;
      heap.exports.qs8_add(
        n,
        swap ? bp : ap,
        swap ? p.bMultiplier : p.aMultiplier,
        swap ? ap : bp,
        numelOf(swap ? a.shape : b.shape),
        swap ? p.aMultiplier : p.bMultiplier,
        bias,
        shift,
        zo,
        qmin,
        qmax,
        op,
      );
    },
  };
}

/** qs8 multiplication with fp32 requantization over the WebAssembly kernel, or null (see {@link wasmQs8AddStep}). */
export function wasmQs8MulStep(
  node: XnnNode,
  p: Qs8MulParams,
  a: RuntimeValue,
  b: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  infer: () => void,
  reference: () => void,
): Step | null {
  if (p.qmin > p.qmax) return null;
  const zo = p.outputZeroPoint;
  const lo = p.qmin - zo;
  const hi = p.qmax - zo;
  let plan = 0;
  return {
    node,
    infer() {
      infer();
      plan = repeatPlan(a, b, out);
    },
    run() {
      const ap = pointerOf(heap, a);
      const bp = pointerOf(heap, b);
      const op = pointerOf(heap, out);
      const n = numelOf(out.shape);
      if (plan === 0 || ap < 0 || bp < 0 || op < 0 || n === 0) return reference();
      const { aZeroPoint: za, bZeroPoint: zb, scale } = p;
      if (plan === 1) heap.exports.qs8_mul(n, ap, za, bp, numelOf(b.shape), zb, scale, lo, hi, zo, op);
      else heap.exports.qs8_mul(n, bp, zb, ap, numelOf(a.shape), za, scale, lo, hi, zo, op);
    },
  };
}

/**
 * Conversion between fp32 and per-tensor qint8 (either way) over the WebAssembly kernels, or null
 * (see {@link wasmQs8ConvStep}).
 */
export function wasmQs8ConvertStep(
  node: XnnNode,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  infer: () => void,
  reference: () => void,
): Step | null {
  const toQs8 = x.datatype === XnnDatatype.Fp32 && out.datatype === XnnDatatype.QInt8;
  const fromQs8 = x.datatype === XnnDatatype.QInt8 && out.datatype === XnnDatatype.Fp32;
  const q = toQs8 ? out.quant : x.quant;
  if (!(toQs8 || fromQs8) || q?.kind !== 'per-tensor') return null;
  // The kernel multiplies in fp32, as the reference's double product rounded to fp32 does only
  // when the scale is an fp32 value (as serialized).
  if (fromQs8 && Math.fround(q.scale) !== q.scale) return null;
  const inv = Math.fround(1 / q.scale);
  const zp = q.zeroPoint;
  return {
    node,
    infer,
    run() {
      const xp = pointerOf(heap, x);
      const op = pointerOf(heap, out);
      if (xp < 0 || op < 0) return reference();
      if (toQs8) heap.exports.qs8_quantize(numelOf(x.shape), xp, inv, zp, -128, 127, op);
      else heap.exports.qs8_dequantize(numelOf(x.shape), xp, zp, q.scale, op);
    },
  };
}

/** fp32 hard swish over the WebAssembly kernel (bit-identical to the TypeScript one). */
export function wasmHardswishStep(
  node: XnnNode,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  infer: () => void,
  reference: () => void,
): Step | null {
  if (x.datatype !== XnnDatatype.Fp32 || out.datatype !== XnnDatatype.Fp32) return null;
  return {
    node,
    infer,
    run() {
      const xp = pointerOf(heap, x);
      const op = pointerOf(heap, out);
      if (xp < 0 || op < 0) return reference();
      heap.exports.hardswish_f32(numelOf(x.shape), xp, op);
    },
  };
}

/** qs8 max pooling over the WebAssembly kernel; `step` (the TypeScript one) infers, and runs where it cannot. */
export function wasmQs8MaxPoolStep(
  step: Step,
  geo: PoolGeometry,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
): Step {
  const g = geo;
  return {
    node: step.node,
    infer: () => step.infer(),
    run() {
      const xp = pointerOf(heap, x);
      const op = pointerOf(heap, out);
      if (xp < 0 || op < 0) return step.run();
      heap.exports.qs8_maxpool2d(
        g.batch,
        g.inHeight,
        g.inWidth,
        g.outHeight,
        g.outWidth,
        g.channels,
        g.poolHeight,
        g.poolWidth,
        g.strideHeight,
        g.strideWidth,
        g.dilationHeight,
        g.dilationWidth,
        g.padTop,
        g.padLeft,
        xp,
        op,
      );
    },
  };
}

/**
 * qs8 global average pooling over the WebAssembly kernel (see `globalAvgPoolQs8`); false where
 * it does not apply (values outside the kernels' memory, sums that fp32 does not hold exactly).
 */
export function wasmQs8GlobalAvgPool(
  heap: KernelHeap,
  x: RuntimeValue,
  out: RuntimeValue,
  batch: number,
  pixels: number,
  channels: number,
  scale: number,
  inputZeroPoint: number,
  outputZeroPoint: number,
  qmin: number,
  qmax: number,
): boolean {
  const xp = pointerOf(heap, x);
  const op = pointerOf(heap, out);
  if (xp < 0 || op < 0 || pixels >= 65536 || qmin > qmax) return false;
  const zo = outputZeroPoint;
  heap.exports.qs8_global_avgpool(
    batch,
    pixels,
    channels,
    xp,
    -inputZeroPoint * pixels,
    scale,
    qmin - zo,
    qmax - zo,
    zo,
    op,
  );
  return true;
}
