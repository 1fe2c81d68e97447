/** Global average pooling over the two dims before the channels (fp32; qint8 per tensor). */
import { ErrorCode } from '@kindling/core';
import { globalAvgPoolF32, globalAvgPoolQs8, globalAvgPoolQs8Scale } from '../../kernels/pooling.js';
import { quantizedOutputRange } from '../../kernels/quantized-gemm.js';
import type { XnnNode } from '../../serialization/xnn-graph.js';
import type { KernelHeap } from '../../wasm/kernels.js';
import { numelOf, type RuntimeValue } from '../runtime-value.js';
import { f32, fail, i8, isQs8, qparams, requireFloat, setShape } from './common.js';
import { inKernelMemory, type Step, type StepFactory } from './step.js';
import { pointerOf } from './wasm-call.js';

/** Output shape of a global average pooling: the two dims before the channels become 1. */
function globalPoolShape(node: XnnNode, x: RuntimeValue): number[] {
  if (x.shape.length < 3) fail(node, ErrorCode.InvalidArgument, `input shape [${x.shape}] has fewer than 3 dims`);
  const s = x.shape;
  const shape = s.slice();
  shape[s.length - 2] = 1;
  shape[s.length - 3] = 1;
  return shape;
}

/** Channels of the current input shape. */
const channelsOf = (x: RuntimeValue): number => x.shape[x.shape.length - 1] as number;

/** Pixels per image of the current input shape. */
const pixelsOf = (x: RuntimeValue): number =>
  (x.shape[x.shape.length - 2] as number) * (x.shape[x.shape.length - 3] as number);

/** Images of the current input shape. */
function batchOf(x: RuntimeValue): number {
  const per = channelsOf(x) * pixelsOf(x);
  return per === 0 ? 0 : numelOf(x.shape) / per;
}

export const globalAvgPoolStep: StepFactory = (node, io, ctx) => {
  const x = io.input(0);
  const out = io.out;
  const heap = ctx.heap && inKernelMemory(x) ? ctx.heap : null;
  if (isQs8(x) && isQs8(out)) return quantizedGlobalAvgPoolStep(node, x, out, heap);
  requireFloat(node, x, out);
  const { outputMin: min, outputMax: max } = node;
  const kx = heap?.kernels('gavgpool_f32');
  let acc = new Float64Array(0);
  return {
    node,
    infer() {
      setShape(out, globalPoolShape(node, x));
      const c = x.shape[x.shape.length - 1] as number;
      if (acc.length < c) acc = new Float64Array(c);
    },
    run() {
      const batch = batchOf(x);
      const pixels = pixelsOf(x);
      const c = channelsOf(x);
      if (heap && kx) return kx.gavgpool_f32(batch, pixels, c, pointerOf(heap, x), pointerOf(heap, out), min, max);
      globalAvgPoolF32(f32(x), f32(out), batch, pixels, c, min, max, acc);
    },
  };
};

/**
 * Quantized (qint8, per tensor) global average pooling, requantized as XNNPACK does; over the
 * WebAssembly kernel where `heap` is given, except for sums that fp32 does not hold exactly
 * (65536 pixels or more) or an empty output range.
 */
function quantizedGlobalAvgPoolStep(node: XnnNode, x: RuntimeValue, out: RuntimeValue, heap: KernelHeap | null): Step {
  const xq = qparams(x);
  const oq = qparams(out);
  const [qmin, qmax] = quantizedOutputRange(node.outputMin, node.outputMax, oq.scale, oq.zeroPoint);
  const wasm = qmin <= qmax ? heap : null;
  const kx = wasm?.kernels('qs8_global_avgpool');
  let acc = new Int32Array(0);
  return {
    node,
    infer() {
      setShape(out, globalPoolShape(node, x));
      const c = x.shape[x.shape.length - 1] as number;
      if (acc.length < c) acc = new Int32Array(c);
    },
    run() {
      const batch = batchOf(x);
      const pixels = pixelsOf(x);
      const c = channelsOf(x);
      const scale = globalAvgPoolQs8Scale(xq.scale, oq.scale, pixels);
      const zo = oq.zeroPoint;
      if (wasm && kx && pixels < 65536) {
        const xp = pointerOf(wasm, x);
        const op = pointerOf(wasm, out);
        return kx.qs8_global_avgpool(batch, pixels, c, xp, -xq.zeroPoint * pixels, scale, qmin - zo, qmax - zo, zo, op);
      }
      globalAvgPoolQs8(i8(x), i8(out), batch, pixels, c, scale, xq.zeroPoint, zo, qmin, qmax, acc);
    },
  };
}
