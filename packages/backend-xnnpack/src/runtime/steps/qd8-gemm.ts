/**
 * Dynamically quantized (qd8) fully connected and convolution steps: the WebAssembly kernels
 * compute int32 dot products, then finish each row (`qd8_emit`, `qd8_emit_blockwise`) bit-identically
 * to the TypeScript kernels of src/kernels/quantized-gemm.ts (which finish the rows where the output
 * is not in the kernels' memory). The callers pass a heap only when the input lives in the
 * kernels' memory; `reference` (the TypeScript kernel) runs for the shapes these do not cover.
 */
import { rowLength } from '../../kernels/convert.js';
import type { ConvGeometry } from '../../kernels/convolution.js';
import {
  packQb4nFromInt4,
  packQb4nWeights,
  packQb4wScales,
  type QuantizedGemmParams,
  qb4nBytes,
  qb4wFusable,
  qDynamicRowFromDots,
  qFullyConnectedBlockwiseFromDots,
  qFullyConnectedFromDots,
} from '../../kernels/quantized-gemm.js';
import { XnnDatatype, type XnnNode } from '../../serialization/xnn-graph.js';
import type { KernelHeap } from '../../wasm/kernels.js';
import { numelOf, type RuntimeValue } from '../runtime-value.js';
import { inKernelMemory, type Step, type StepContext } from './step.js';
import { ArgList, callKernel, pointerOf, runParallel } from './wasm-call.js';

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
  const rowsOf = () => (k === 0 ? 0 : numelOf(x.shape) / k);
  if (inKernelMemory(out) && (q.blockSize === 0 || qb4wFusable(q.int4 ? null : q.weights, bs, true))) {
    // Blocks of a multiple of 32: the 4-bit kernel (half the weight bytes); other blocks: bytes;
    // per-channel weights: int16.
    const form: FusedForm = q.blockSize === 0 ? 'qc' : q.blockSize % 32 === 0 ? 'qb4n' : 'qb4w';
    let fused: number;
    if (form === 'qb4n') {
      // From the serialized bytes when there are some: the int16 weights (2 bytes per weight;
      // 212 MB for SmolLM2-135M) are then never made, as a fully connected layer always runs here.
      const bytes = qb4nBytes(n, k);
      fused = heap.alloc(bytes);
      const dst = new Uint8Array(heap.buffer, fused, bytes);
      if (q.int4) packQb4nFromInt4(q.int4, n, k, dst);
      else dst.set(packQb4nWeights(q.weights, n, k));
    } else {
      const bytes = form === 'qb4w' ? 1 : 2;
      fused = heap.alloc(n * k * bytes);
      (bytes === 1 ? new Int8Array(heap.buffer, fused, n * k) : new Int16Array(heap.buffer, fused, n * k)).set(
        q.weights,
      );
    }
    return fusedStep(node, q, form, x, out, heap, ctx, infer, reference, fused, rowsOf, rowsMatch);
  }
  const weights = heap.alloc(n * k * 2);
  new Int16Array(heap.buffer, weights, n * k).set(q.weights);
  const finish = inKernelMemory(out) ? emitParams(heap, q) : null;
  const kx = heap.kernels('qd8_dots', 'qd8_dots_part');
  // Scratch: the dot products of a chunk of rows, then (finishing in WebAssembly) the rows' zero
  // points and scales.
  const dotsBytes = (rows: number) => align16(Math.min(rows, QD8_ROWS) * n * blocks * 4);
  // Views of the scratch, made again only when the scratch moves (a re-plan) or grows.
  let dots: Int32Array<ArrayBufferLike> = new Int32Array(0);
  let rowParams = new RowParams();
  // qd8_dots_part's arguments (rows, input and scratch set per run); the pool adds part, parts.
  const args = [0, n, k, bs, 0, weights, 0];
  return {
    node,
    infer,
    scratchBytes: () => dotsBytes(rowsOf()) + (finish ? RowParams.bytes(QD8_ROWS) : 0),
    run() {
      const rows = rowsOf();
      if (rows === 0 || !rowsMatch()) return reference();
      const xp = pointerOf(heap, x);
      const count = Math.min(rows, QD8_ROWS) * n * blocks;
      if (!finish && (dots.buffer !== heap.buffer || dots.byteOffset !== ctx.scratchPtr || dots.length < count))
        dots = new Int32Array(heap.buffer, ctx.scratchPtr, count);
      if (finish) rowParams = rowParams.at(heap, ctx.scratchPtr + dotsBytes(rows), QD8_ROWS);
      const rowLen = Math.max(1, rowLength(x));
      // Chunks of rows bound the scratch (a long prefill times a large vocabulary).
      for (let m0 = 0; m0 < rows; m0 += QD8_ROWS) {
        const chunk = Math.min(QD8_ROWS, rows - m0);
        const xc = xp + m0 * k;
        args[0] = chunk;
        args[4] = xc;
        args[6] = ctx.scratchPtr;
        if (!runParallel(ctx, kx, 'qd8_dots_part', args, chunk * n * k))
          kx.qd8_dots(chunk, n, k, bs, xc, weights, ctx.scratchPtr);
        if (finish) {
          // Each row's quantization parameters, where the TypeScript kernels read them.
          for (let i = 0; i < chunk; i++) {
            const r = Math.floor(((m0 + i) * k) / rowLen);
            rowParams.zx[i] = x.rowZeroPoints![r] as number;
            rowParams.sx[i] = x.rowScales![r] as number;
          }
          finish(chunk, blocks, ctx.scratchPtr, rowParams, pointerOf(heap, out) + m0 * n * 4);
        } else if (q.blockSize > 0) qFullyConnectedBlockwiseFromDots(q, x, out, m0, chunk, dots);
        else qFullyConnectedFromDots(q, x, out, m0, chunk, dots);
      }
    },
  };
}

/** The weights of a fused GEMM: per-channel int16, blockwise bytes, or blockwise 4-bit (`packQb4nWeights`). */
type FusedForm = 'qc' | 'qb4w' | 'qb4n';

/**
 * The fully connected layer on a fused kernel: `qd8_gemm_qc` (per-channel int8 / int4 weights,
 * bit-identical to `qFullyConnected`), `qd8_gemm_qb4w` or `qd8_gemm_qb4n` (blockwise int4 as bytes
 * or as 4-bit values, bit-identical to `qFullyConnectedBlockwise`; the caller checked
 * {@link qb4wFusable}). Dot products never leave registers, so a matrix-vector product reads its
 * weights once; work splits over (row, group of 4 channels), so one row (a decode step) uses the
 * thread pool too.
 */
function fusedStep(
  node: XnnNode,
  q: QuantizedGemmParams,
  form: FusedForm,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  ctx: StepContext,
  infer: () => void,
  reference: () => void,
  weights: number,
  rowsOf: () => number,
  rowsMatch: () => boolean,
): Step {
  const { n, k, blockSize: bs } = q;
  // Per-channel vectors are read 4 lanes at a time: padded with zeros to whole groups of 4.
  const padded = Math.ceil(n / 4) * 4;
  const copy = (data: Float32Array | Int32Array) => {
    const bytes = Math.max(data.byteLength, form === 'qb4n' ? padded * 4 : 0);
    const ptr = heap.alloc(bytes);
    const dst = new Uint8Array(heap.buffer, ptr, bytes);
    dst.fill(0);
    dst.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    return ptr;
  };
  const bias = q.biasF32 ? copy(q.biasF32.subarray(0, n)) : 0;
  const blockwise = form !== 'qc';
  // The kernel's arguments; rows, input, row parameters and output are set per run (at `at`).
  const args = blockwise
    ? [0, n, k, bs, 0, weights, copy(packQb4wScales(q.blockScales as Float32Array, n, k / bs))]
    : [0, n, k, 0, weights, copy(q.rowSums.subarray(0, n)), copy(q.weightScales.subarray(0, n))];
  if (blockwise) args.push(copy(q.blockKsums as Float32Array));
  const at = args.length + 1;
  args.push(bias, 0, 0, 0, q.outputMin, q.outputMax);
  const xArg = blockwise ? 4 : 3;
  const kernel = form === 'qc' ? 'qd8_gemm_qc_part' : form === 'qb4w' ? 'qd8_gemm_qb4w_part' : 'qd8_gemm_qb4n_part';
  const kx = heap.kernels(kernel);
  // qb4n: per-thread scratch after the row parameters (the pool offsets it per thread).
  const scratchArg = form === 'qb4n' ? args.length : -1;
  let kernelScratch = 0;
  if (form === 'qb4n') {
    const { qd8_gemm_qb4n_scratch: scratchOf } = heap.kernels('qd8_gemm_qb4n_scratch');
    for (const rows of [1, 2, 3, QD8_ROWS]) kernelScratch = Math.max(kernelScratch, scratchOf(rows, k, bs));
  }
  if (scratchArg >= 0) args.push(0);
  // The 4-bit kernel streams half the bytes per multiply-add: a decode step's matrix-vector products
  // are worth splitting from a smaller size (see QB4N_PARALLEL_MIN_MACS).
  const minMacs = form === 'qb4n' ? QB4N_PARALLEL_MIN_MACS : undefined;
  const call = new ArgList(args.length);
  let rowParams = new RowParams();
  return {
    node,
    infer,
    scratchBytes: () => RowParams.bytes(QD8_ROWS) + align16(kernelScratch),
    run() {
      const rows = rowsOf();
      if (rows === 0) return;
      if (!rowsMatch()) return reference();
      const xp = pointerOf(heap, x);
      const op = pointerOf(heap, out);
      rowParams = rowParams.at(heap, ctx.scratchPtr, QD8_ROWS);
      if (scratchArg >= 0) args[scratchArg] = ctx.scratchPtr + RowParams.bytes(QD8_ROWS);
      const rowLen = Math.max(1, rowLength(x));
      for (let m0 = 0; m0 < rows; m0 += QD8_ROWS) {
        const chunk = Math.min(QD8_ROWS, rows - m0);
        for (let i = 0; i < chunk; i++) {
          const r = Math.floor(((m0 + i) * k) / rowLen);
          rowParams.zx[i] = x.rowZeroPoints![r] as number;
          rowParams.sx[i] = x.rowScales![r] as number;
        }
        args[0] = chunk;
        args[xArg] = xp + m0 * k;
        args[at] = rowParams.zxPtr;
        args[at + 1] = rowParams.sxPtr;
        args[at + 2] = op + m0 * n * 4;
        if (runParallel(ctx, kx, kernel, args, chunk * n * k, scratchArg, minMacs)) continue;
        call.reset();
        for (const a of args) call.add(a);
        callKernel(kx[kernel], call.whole());
      }
    },
  };
}

/**
 * Multiply-adds from which a 4-bit GEMM call is split across the thread pool (other kernels: from
 * 2^20). Decode steps of small models are matrix-vector products of 10^5 to 10^6 multiply-adds
 * (SmolLM2-135M: 1.1e5 to 8.8e5), which the default threshold never splits. Side by side with
 * 2^20, 2^17 and 2^15 showed differences within this shared machine's noise; 2^17 splits the
 * larger products and leaves the smallest (k and v projections) on the calling thread.
 */
const QB4N_PARALLEL_MIN_MACS = 1 << 17;

/** Rows per chunk of {@link wasmQd8FullyConnectedStep}. */
const QD8_ROWS = 256;

/** Output pixels gathered per block by {@link wasmQd8ConvStep}. */
const QD8_CONV_BLOCK = 64;

/**
 * A dynamically quantized convolution (one group, any kernel, stride, dilation, padding) whose
 * quantization rows cover whole images: blocks of output pixels are gathered (padding filled with
 * the image's zero point, so it contributes nothing), the WebAssembly kernel computes their int32
 * dot products, then {@link qDynamicRowFromDots} finishes each pixel exactly as `qConv2d` does.
 * Null where only the TypeScript kernel applies.
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
  const dotsBytes = align16(QD8_CONV_BLOCK * n * 4);
  const finish = inKernelMemory(out) ? emitParams(heap, q) : null;
  const kx = heap.kernels('im2col_i8', 'qd8_dots');
  let dots: Int32Array<ArrayBufferLike> = new Int32Array(0);
  let outF32: Float32Array<ArrayBufferLike> = new Float32Array(0);
  let rowParams = new RowParams();
  return {
    node,
    infer,
    scratchBytes: () => colBytes + dotsBytes + (finish ? RowParams.bytes(QD8_CONV_BLOCK) : 0),
    run() {
      const g = geo;
      const inC = g.groupInputChannels;
      const image = g.inHeight * g.inWidth * inC;
      const perRow = Math.max(rowLength(x), 1);
      // Rows of single pixels (pointwise rewrites) or partial images: the TypeScript kernel.
      if (image === 0 || perRow < image) return reference();
      const xp = pointerOf(heap, x);
      const col = ctx.scratchPtr;
      const dotsPtr = col + colBytes;
      if (dots.buffer !== heap.buffer || dots.byteOffset !== dotsPtr)
        dots = new Int32Array(heap.buffer, dotsPtr, QD8_CONV_BLOCK * n);
      if (outF32 !== out.data) outF32 = out.data as Float32Array;
      if (finish) rowParams = rowParams.at(heap, dotsPtr + dotsBytes, QD8_CONV_BLOCK);
      const pixels = g.outHeight * g.outWidth;
      for (let b = 0; b < g.batch; b++) {
        const r = Math.floor((b * image) / perRow);
        const zx = x.rowZeroPoints![r] as number;
        const sx = x.rowScales![r] as number;
        // Every pixel of the image has the image's parameters.
        if (finish) {
          rowParams.zx.fill(zx);
          rowParams.sx.fill(sx);
        }
        for (let p0 = 0; p0 < pixels; p0 += QD8_CONV_BLOCK) {
          const rows = Math.min(QD8_CONV_BLOCK, pixels - p0);
          kx.im2col_i8(
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
          kx.qd8_dots(rows, n, k, k, col, weights, dotsPtr);
          if (finish) finish(rows, 1, dotsPtr, rowParams, pointerOf(heap, out) + (b * pixels + p0) * n * 4);
          else
            for (let i = 0; i < rows; i++)
              qDynamicRowFromDots(q, dots, i * n, zx, sx, outF32, (b * pixels + p0 + i) * n);
        }
      }
    },
  };
}

function align16(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}

/** Per-row input zero points (int32) and scales (fp32) of a chunk, in the kernels' scratch. */
class RowParams {
  zx: Int32Array<ArrayBufferLike> = new Int32Array(0);
  sx: Float32Array<ArrayBufferLike> = new Float32Array(0);
  zxPtr = 0;
  sxPtr = 0;

  /** Scratch bytes for `rows` rows. */
  static bytes(rows: number): number {
    return 2 * align16(rows * 4);
  }

  /** These views at `ptr` (made again only when the scratch moves or the memory grows). */
  at(heap: KernelHeap, ptr: number, rows: number): RowParams {
    if (this.zxPtr === ptr && this.zx.buffer === heap.buffer && this.zx.length === rows) return this;
    const p = new RowParams();
    p.zxPtr = ptr;
    p.sxPtr = ptr + align16(rows * 4);
    p.zx = new Int32Array(heap.buffer, p.zxPtr, rows);
    p.sx = new Float32Array(heap.buffer, p.sxPtr, rows);
    return p;
  }
}

/** Finishes `rows` rows of dot products at `dots` into fp32 outputs at `out` (WebAssembly). */
type Finish = (rows: number, blocks: number, dots: number, params: RowParams, out: number) => void;

/**
 * Copies the per-channel parameters of the finishing kernels into the kernels' memory (once, when
 * the step is built) and returns the call: `qd8_emit` for per-channel weights, `qd8_emit_blockwise`
 * for blockwise ones.
 */
function emitParams(heap: KernelHeap, q: QuantizedGemmParams): Finish {
  const { n } = q;
  const copy = (data: Float32Array | Int32Array) => {
    const ptr = heap.alloc(data.byteLength);
    new Uint8Array(heap.buffer, ptr, data.byteLength).set(
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    );
    return ptr;
  };
  const bias = q.biasF32 ? copy(q.biasF32.subarray(0, n)) : 0;
  const min = q.outputMin;
  const max = q.outputMax;
  if (q.blockSize > 0) {
    const scales = copy(q.blockScales as Float32Array);
    const ksums = copy(q.blockKsums as Float32Array);
    const { qd8_emit_blockwise } = heap.kernels('qd8_emit_blockwise');
    return (rows, blocks, dots, p, out) =>
      qd8_emit_blockwise(rows, n, blocks, dots, scales, ksums, bias, p.zxPtr, p.sxPtr, out, min, max);
  }
  const rowSums = copy(q.rowSums);
  const scales = copy(q.weightScales);
  const { qd8_emit } = heap.kernels('qd8_emit');
  return (rows, _blocks, dots, p, out) =>
    qd8_emit(rows, n, dots, rowSums, scales, bias, p.zxPtr, p.sxPtr, out, min, max);
}
