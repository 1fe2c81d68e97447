/** 2-D max and average pooling (NHWC; fp32, and qint8 max pooling). */
import { ErrorCode } from '@kindling/core';
import { convOutputSize } from '../../kernels/convolution.js';
import { maxPool2dF32, type PoolGeometry, pool2dF32 } from '../../kernels/pooling.js';
import { XnnDatatype, type XnnNode, XnnNodeType, type XnnPoolAttrs } from '../../serialization/xnn-graph.js';
import type { KernelHeap } from '../../wasm/kernels.js';
import { numelOf, type RuntimeValue } from '../runtime-value.js';
import { attrsOf, f32, fail, requireFloat, setShape } from './common.js';
import { inKernelMemory, type Step, type StepContext, type StepFactory } from './step.js';
import { ArgList, callKernel, pointerOf, runParallel } from './wasm-call.js';

/** A {@link PoolGeometry} whose sizes shape inference updates. */
type MutablePoolGeometry = { -readonly [K in keyof PoolGeometry]: PoolGeometry[K] };

/** A pooling's geometry from its attributes; {@link inferPool} sets the sizes. */
function poolGeometry(p: XnnPoolAttrs): MutablePoolGeometry {
  return {
    batch: 0,
    inHeight: 0,
    inWidth: 0,
    channels: 0,
    outHeight: 0,
    outWidth: 0,
    poolHeight: p.poolingHeight,
    poolWidth: p.poolingWidth,
    strideHeight: p.strideHeight,
    strideWidth: p.strideWidth,
    dilationHeight: p.dilationHeight,
    dilationWidth: p.dilationWidth,
    padTop: p.paddingTop,
    padLeft: p.paddingLeft,
  };
}

/** Shape inference of a pooling: checks that `x` is NHWC, sets `geo`'s sizes; returns the output shape. */
function inferPool(node: XnnNode, p: XnnPoolAttrs, geo: MutablePoolGeometry, x: RuntimeValue): number[] {
  const s = x.shape;
  if (s.length !== 4) fail(node, ErrorCode.InvalidArgument, `input shape [${s}] is not NHWC`);
  geo.batch = s[0] as number;
  geo.inHeight = s[1] as number;
  geo.inWidth = s[2] as number;
  geo.channels = s[3] as number;
  geo.outHeight = convOutputSize(
    geo.inHeight,
    p.paddingTop,
    p.paddingBottom,
    p.poolingHeight,
    p.strideHeight,
    p.dilationHeight,
  );
  geo.outWidth = convOutputSize(
    geo.inWidth,
    p.paddingLeft,
    p.paddingRight,
    p.poolingWidth,
    p.strideWidth,
    p.dilationWidth,
  );
  return [geo.batch, geo.outHeight, geo.outWidth, geo.channels];
}

/** Largest pooling window (taps): far more than any image a delegate could hold in one dim squared. */
const MAX_POOL_TAPS = 1 << 24;

export const poolStep: StepFactory = (node, io, ctx) => {
  const x = io.input(0);
  const out = io.out;
  const p = attrsOf(node, 'pool', 'pooling attributes').pool;
  const isMax = node.type === XnnNodeType.MaxPooling2d;
  const geo = poolGeometry(p);
  const quantized = x.datatype === XnnDatatype.QInt8 && out.datatype === XnnDatatype.QInt8 && isMax;
  if (!quantized) requireFloat(node, x, out);
  if (p.poolingHeight * p.poolingWidth > MAX_POOL_TAPS)
    fail(node, ErrorCode.DelegateInvalidCompatibility, `a ${p.poolingHeight}x${p.poolingWidth} pooling window`);
  const infer = () => setShape(out, inferPool(node, p, geo, x));
  if (!isMax)
    return { node, infer, run: () => pool2dF32(f32(x), f32(out), geo, false, node.outputMin, node.outputMax) };
  const heap = ctx.heap && inKernelMemory(x) ? ctx.heap : null;
  if (quantized && heap) return wasmQs8MaxPoolStep(node, geo, x, out, heap, infer);
  if (quantized) {
    // Max pooling commutes with the monotonic quantization when scales and zero points match.
    return {
      node,
      infer,
      run: () =>
        pool2dF32(
          x.data as unknown as Float32Array,
          out.data as unknown as Float32Array,
          geo,
          true,
          -Infinity,
          Infinity,
        ),
    };
  }
  // The TypeScript kernel reproduces XNNPACK's handling of NaN (see maxPool2dF32); the WebAssembly
  // kernel `maxpool2d_part` propagates every NaN instead, so it runs only on inputs without NaN
  // (checked each call, one pass over the input), where both give the maximum of the window.
  const taps = new Int32Array(Math.max(p.poolingHeight * p.poolingWidth, 1));
  const reference = () => maxPool2dF32(f32(x), f32(out), geo, node.outputMin, node.outputMax, taps);
  if (heap) return wasmMaxPoolStep(node, geo, x, out, heap, ctx, infer, reference);
  return { node, infer, run: reference };
};

/** fp32 max pooling over the WebAssembly kernel, for inputs without NaN. */
function wasmMaxPoolStep(
  node: XnnNode,
  g: PoolGeometry,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  ctx: StepContext,
  infer: () => void,
  reference: () => void,
): Step {
  const call = new ArgList(18);
  const kx = heap.kernels('has_nan_f32', 'maxpool2d_part');
  return {
    node,
    infer,
    run() {
      const xp = pointerOf(heap, x);
      if (kx.has_nan_f32(numelOf(x.shape), xp) !== 0) return reference();
      call
        .reset()
        .add(g.batch)
        .add(g.inHeight)
        .add(g.inWidth)
        .add(g.outHeight)
        .add(g.outWidth)
        .add(g.channels)
        .add(g.poolHeight)
        .add(g.poolWidth)
        .add(g.strideHeight)
        .add(g.strideWidth)
        .add(g.dilationHeight)
        .add(g.dilationWidth)
        .add(g.padTop)
        .add(g.padLeft)
        .add(xp)
        .add(pointerOf(heap, out))
        .add(node.outputMin)
        .add(node.outputMax);
      const work = g.batch * g.outHeight * g.outWidth * g.channels * g.poolHeight * g.poolWidth;
      if (runParallel(ctx, kx, 'maxpool2d_part', call.values, work)) return;
      callKernel(kx.maxpool2d_part, call.whole());
    },
  };
}

/** qs8 max pooling over the WebAssembly kernel. */
function wasmQs8MaxPoolStep(
  node: XnnNode,
  g: PoolGeometry,
  x: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap,
  infer: () => void,
): Step {
  const { qs8_maxpool2d } = heap.kernels('qs8_maxpool2d');
  return {
    node,
    infer,
    run() {
      qs8_maxpool2d(
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
        pointerOf(heap, x),
        pointerOf(heap, out),
      );
    },
  };
}
