/**
 * Statically quantized (qs8) convolution and fully connected steps over the WebAssembly kernels
 * (assembly/qs8/). Weights are packed into the kernels' memory once, when the step is
 * created; results are bit-identical to the TypeScript kernels of src/kernels/quantized-gemm.ts,
 * which run instead where these do not apply (see {@link qs8Supported}). The callers pass a heap
 * only when the input lives in the kernels' memory.
 */
import type { ConvGeometry } from '../../kernels/convolution.js';
import {
  packQs8Depthwise,
  packQs8Gemm,
  qs8AccumulatorFits,
  qs8ConvScratchBytes,
  qs8DepthwisePackedBytes,
  qs8DepthwiseScratchBytes,
  qs8GemmPackedBytes,
  qs8RowsPerBlock,
} from '../../kernels/qs8-packing.js';
import type { QuantizedGemmParams } from '../../kernels/quantized-gemm.js';
import type { XnnNode } from '../../serialization/xnn-graph.js';
import type { KernelHeap } from '../../wasm/kernels.js';
import { numelOf, type RuntimeValue } from '../runtime-value.js';
import type { Step, StepContext } from './step.js';
import { pointerOf, runParallel } from './wasm-call.js';

/** Whether the WebAssembly kernels compute these parameters exactly as the reference. */
function qs8Supported(q: QuantizedGemmParams, k: number): boolean {
  return !q.dynamic && q.qmin <= q.qmax && qs8AccumulatorFits(q, k);
}

/**
 * A qs8 convolution step (one group, or depthwise with channel multiplier 1) over the WebAssembly
 * kernels, or null where only the TypeScript kernel applies.
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
): Step | null {
  const g = geo;
  const lo = q.qmin - q.outputZeroPoint;
  const hi = q.qmax - q.outputZeroPoint;
  const zo = q.outputZeroPoint;
  const zx = q.inputZeroPoint;
  if (depthwise) {
    if (g.groupInputChannels !== 1 || g.groupOutputChannels !== 1 || !qs8Supported(q, q.k)) return null;
    const channels = g.groups;
    const taps = g.kernelHeight * g.kernelWidth;
    const kx = heap.kernels('qs8_dwconv2d', 'qs8_dwconv2d_part');
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
        if (runParallel(ctx, kx, 'qs8_dwconv2d_part', args, macs, 18)) return;
        kx.qs8_dwconv2d(
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
  if (g.groups !== 1 || !qs8Supported(q, q.k)) return null;
  const inC = g.groupInputChannels;
  return gemmStep(node, q, heap, ctx, x, out, infer, (a) => {
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
): Step | null {
  if (!qs8Supported(q, q.k)) return null;
  const k = q.k;
  // Rows of k inputs as the pixels of a [rows, 1] image under a 1x1 convolution.
  return gemmStep(node, q, heap, ctx, x, out, infer, (a) => {
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
  geometry: (args: number[]) => number,
): Step {
  const { n, k } = q;
  const kx = heap.kernels('qs8_conv2d', 'qs8_conv2d_part');
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
      if (runParallel(ctx, kx, 'qs8_conv2d_part', a, pixels * n * k, SCRATCH_ARG)) return;
      kx.qs8_conv2d(
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
