/** 2-D convolution and depthwise convolution (fp32; qint8 static or dynamically quantized). */
import { ErrorCode } from '@kindling/core';
import { type ConvGeometry, conv2dF32, depthwiseConv2dF32, packConvWeights } from '../../kernels/convolution.js';
import {
  convRowsPerBlock,
  depthwisePackedLength,
  gemmPackedLength,
  packDepthwiseWeights,
  packGemmWeights,
} from '../../kernels/packing.js';
import { qConv2d } from '../../kernels/quantized-gemm.js';
import { type XnnNode, XnnNodeType } from '../../serialization/xnn-graph.js';
import type { KernelHeap } from '../../wasm/kernels.js';
import type { RuntimeValue } from '../runtime-value.js';
import { attrsOf, f32, fail, isFloat } from './common.js';
import { convGeometry, inferConv } from './conv-geometry.js';
import { wasmQd8ConvStep, wasmQd8FullyConnectedStep } from './qd8-gemm.js';
import { wasmQs8ConvStep } from './qs8-gemm.js';
import { quantizedGemm } from './quantized-gemm.js';
import { inKernelMemory, type Step, type StepContext, type StepFactory } from './step.js';
import { ArgList, callKernel, packInto, pointerOf, runParallel } from './wasm-call.js';

export const convStep: StepFactory = (node, io, ctx) => {
  const x = io.input(0);
  const w = io.input(1);
  const bias = io.optional(2);
  const out = io.out;
  const c = attrsOf(node, 'conv', 'convolution attributes').conv;
  const depthwise = node.type === XnnNodeType.DepthwiseConv2d;
  const outC = c.groups * c.groupOutputChannels;
  const geo = convGeometry(c);
  const expectFilter = depthwise
    ? [1, c.kernelHeight, c.kernelWidth, outC]
    : [outC, c.kernelHeight, c.kernelWidth, c.groupInputChannels];
  if (w.shape.join(',') !== expectFilter.join(',')) {
    fail(node, ErrorCode.DelegateInvalidCompatibility, `filter shape [${w.shape}] is not [${expectFilter}]`);
  }
  if (w.storage !== 'constant') fail(node, ErrorCode.NotImplemented, 'a non-constant filter is not supported yet');
  const infer = () => inferConv(node, c, geo, x, out, false);
  const { outputMin: min, outputMax: max } = node;
  // The WebAssembly kernels where the input lives in their memory (not a constant).
  const heap = ctx.heap && inKernelMemory(x) ? ctx.heap : null;
  if (isFloat(x) && isFloat(w) && isFloat(out)) {
    const acc = new Float64Array(Math.max(outC, 1));
    const b = bias ? f32(bias) : null;
    const wasm = heap && wasmConvStep(node, geo, w, b, x, out, heap, ctx, depthwise, infer);
    if (wasm) return wasm;
    if (depthwise) {
      const weights = f32(w);
      return { node, infer, run: () => depthwiseConv2dF32(f32(x), weights, b, f32(out), geo, min, max, acc) };
    }
    const packed = packConvWeights(
      f32(w),
      c.groups,
      c.groupOutputChannels,
      c.kernelHeight,
      c.kernelWidth,
      c.groupInputChannels,
    );
    return { node, infer, run: () => conv2dF32(f32(x), packed, b, f32(out), geo, min, max, acc) };
  }
  // Quantized: im2col-free direct convolution over a [outC, kh*kw*inC] GEMM view of the filter.
  const kk = c.kernelHeight * c.kernelWidth * (depthwise ? 1 : c.groupInputChannels);
  let weights2d = w;
  if (depthwise) {
    // [1, kh, kw, C] -> [C, kh*kw]
    const src = w.data as Int8Array;
    const dst = new Int8Array(outC * kk);
    for (let p = 0; p < kk; p++) for (let ch = 0; ch < outC; ch++) dst[ch * kk + p] = src[p * outC + ch] as number;
    weights2d = { ...w, data: dst, shape: [outC, kk] };
  }
  const q = quantizedGemm(node, x, weights2d, bias, out, outC, kk);
  const reference = () => qConv2d(q, x, out, geo, depthwise);
  // A dynamically quantized pointwise convolution is a fully connected layer over the pixels.
  const pointwise =
    !depthwise &&
    c.groups === 1 &&
    c.kernelHeight === 1 &&
    c.kernelWidth === 1 &&
    c.subsamplingHeight === 1 &&
    c.subsamplingWidth === 1 &&
    c.paddingTop + c.paddingBottom + c.paddingLeft + c.paddingRight === 0;
  const wasm =
    heap &&
    (q.dynamic
      ? pointwise
        ? wasmQd8FullyConnectedStep(node, q, x, out, heap, ctx, infer, reference, geo)
        : !depthwise && wasmQd8ConvStep(node, q, geo, x, out, heap, ctx, infer, reference)
      : wasmQs8ConvStep(node, q, geo, depthwise, x, out, heap, ctx, infer));
  return wasm || { node, infer, run: reference };
};

/**
 * fp32 convolution through the WebAssembly kernels (the input lives in their memory), or null where
 * only the TypeScript one applies (a depthwise channel multiplier above 1).
 */
function wasmConvStep(
  node: XnnNode,
  geo: ConvGeometry,
  w: RuntimeValue,
  b: Float32Array | null,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  ctx: StepContext,
  depthwise: boolean,
  infer: () => void,
): Step | null {
  const { outputMin: min, outputMax: max } = node;
  const g = geo;
  const taps = g.kernelHeight * g.kernelWidth;
  if (depthwise) {
    if (g.groupInputChannels !== 1 || g.groupOutputChannels !== 1) return null; // channel multiplier > 1
    const channels = g.groups;
    const kx = heap.kernels('dwconv2d', 'dwconv2d_part');
    const packed = packInto(heap, depthwisePackedLength(taps, channels), (o) =>
      packDepthwiseWeights(f32(w), b, taps, channels, o),
    );
    const call = new ArgList(19);
    return {
      node,
      infer,
      run() {
        call
          .reset()
          .add(g.batch)
          .add(g.inHeight)
          .add(g.inWidth)
          .add(g.outHeight)
          .add(g.outWidth)
          .add(channels)
          .add(g.kernelHeight)
          .add(g.kernelWidth)
          .add(g.strideHeight)
          .add(g.strideWidth)
          .add(g.dilationHeight)
          .add(g.dilationWidth)
          .add(g.padTop)
          .add(g.padLeft)
          .add(pointerOf(heap, x))
          .add(packed)
          .add(pointerOf(heap, out))
          .add(min)
          .add(max);
        if (runParallel(ctx, kx, 'dwconv2d_part', call.values, g.batch * g.outHeight * g.outWidth * channels * taps))
          return;
        // Single thread: the same arguments, run whole.
        callKernel(kx.dwconv2d, call.values);
      },
    };
  }
  const gi = g.groupInputChannels;
  const go = g.groupOutputChannels;
  const kk = taps * gi;
  const kx = heap.kernels('conv2d', 'conv2d_part');
  const groupLength = gemmPackedLength(go, kk);
  const packed = packInto(heap, groupLength * g.groups, (o) => {
    const weights = f32(w);
    for (let grp = 0; grp < g.groups; grp++) {
      const bias = b ? b.subarray(grp * go, (grp + 1) * go) : null;
      packGemmWeights(weights, grp * go * kk, go, kk, false, bias, o, grp * groupLength);
    }
  });
  const rowsPerBlock = convRowsPerBlock(kk);
  const call = new ArgList(23);
  return {
    node,
    infer,
    scratchBytes: () => rowsPerBlock * kk * 4,
    run() {
      call
        .reset()
        .add(g.batch)
        .add(g.inHeight)
        .add(g.inWidth)
        .add(g.outHeight)
        .add(g.outWidth)
        .add(g.kernelHeight)
        .add(g.kernelWidth)
        .add(g.strideHeight)
        .add(g.strideWidth)
        .add(g.dilationHeight)
        .add(g.dilationWidth)
        .add(g.padTop)
        .add(g.padLeft)
        .add(g.groups)
        .add(gi)
        .add(go)
        .add(pointerOf(heap, x))
        .add(packed)
        .add(pointerOf(heap, out))
        .add(ctx.scratchPtr)
        .add(rowsPerBlock)
        .add(min)
        .add(max);
      const macs = g.batch * g.outHeight * g.outWidth * g.groups * go * kk;
      if (runParallel(ctx, kx, 'conv2d_part', call.values, macs, 19)) return;
      // Single thread: the same arguments, run whole.
      callKernel(kx.conv2d, call.values);
    },
  };
}
