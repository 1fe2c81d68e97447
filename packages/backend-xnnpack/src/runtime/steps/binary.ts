/** Binary element-wise nodes: add, subtract, multiply, divide, minimum, maximum, PReLU. */
import { ErrorCode } from '@kindling/core';
import { BinaryOp, binaryF32, broadcastShapes, createBinaryScratch } from '../../kernels/elementwise-binary.js';
import {
  type Qs8AddParams,
  type Qs8MulParams,
  qs8Add,
  qs8AddParams,
  qs8Mul,
  qs8MulParams,
} from '../../kernels/quantized-elementwise.js';
import { type XnnNode, XnnNodeType } from '../../serialization/xnn-graph.js';
import type { KernelHeap } from '../../wasm/kernels.js';
import { numelOf, type RuntimeValue } from '../runtime-value.js';
import { FloatScratch, f32, fail, fromFloat, i8, isQs8, qparams, requireFloat, setShape, toFloat } from './common.js';
import { inKernelMemory, type Step, type StepFactory } from './step.js';
import { pointerOf, repeats, wasmLocator } from './wasm-call.js';

const BINARY_OPS = {
  [XnnNodeType.Add]: BinaryOp.Add,
  [XnnNodeType.Subtract]: BinaryOp.Subtract,
  [XnnNodeType.Multiply]: BinaryOp.Multiply,
  [XnnNodeType.Div]: BinaryOp.Divide,
  [XnnNodeType.Minimum]: BinaryOp.Minimum,
  [XnnNodeType.Maximum]: BinaryOp.Maximum,
  [XnnNodeType.PReLU]: BinaryOp.PReLU,
} as const;

/** The node types of this family. */
type BinaryNodeType = keyof typeof BINARY_OPS;

function inferBroadcast(node: XnnNode, a: RuntimeValue, b: RuntimeValue, out: RuntimeValue): void {
  const shape = broadcastShapes(a.shape, b.shape);
  if (!shape) fail(node, ErrorCode.InvalidArgument, `shapes [${a.shape}] and [${b.shape}] do not broadcast`);
  setShape(out, shape);
}

/** The step of a binary element-wise node (fp32, or qint8 per tensor). */
export const binaryStep: StepFactory = (node, io, ctx) => {
  const op = BINARY_OPS[node.type as BinaryNodeType];
  const a = io.input(0);
  const b = io.input(1);
  const out = io.out;
  if (isQs8(a) && isQs8(b) && isQs8(out)) return quantizedBinaryStep(node, op, a, b, out, ctx.heap);
  requireFloat(node, a, b, out);
  const { outputMin: min, outputMax: max } = node;
  const scratch = createBinaryScratch();
  const reference = () => binaryF32(op, f32(a), a.shape, f32(b), b.shape, f32(out), out.shape, min, max, scratch);
  const heap = ctx.heap;
  // The WebAssembly kernel covers add .. maximum where both operands can be in its memory (an fp32
  // constant is copied there now). Both kernels' minimum and maximum return the second operand when
  // either is NaN, as XNNPACK's do.
  const locatable = (v: RuntimeValue) => inKernelMemory(v) || v.data instanceof Float32Array;
  if (!heap || op > BinaryOp.Maximum || !locatable(a) || !locatable(b))
    return { node, infer: () => inferBroadcast(node, a, b, out), run: reference };
  const commutative = op === BinaryOp.Add || op === BinaryOp.Multiply;
  const { binary } = heap.kernels('binary');
  const locA = wasmLocator(heap, a, true);
  const locB = wasmLocator(heap, b, true);
  // For the WebAssembly kernel, which computes `full[i] op rep[i % len]`: the output as `outer`
  // blocks of `block` elements, in each of which the other operand repeats a run of `len`
  // elements (a bias over rows: outer 1; a norm's one value per row: len 1; RoPE's
  // [1, s, h, d] * [1, s, 1, d]: outer s, len d).
  let full = locA;
  let rep = locB;
  let outer = 0;
  let block = 0;
  let len = 0;
  return {
    node,
    infer() {
      inferBroadcast(node, a, b, out);
      const shape = out.shape;
      const n = numelOf(shape);
      outer = 0;
      let plan = numelOf(a.shape) === n ? blockPlan(b.shape, shape) : null;
      full = locA;
      rep = locB;
      if (!plan && commutative && numelOf(b.shape) === n) {
        plan = blockPlan(a.shape, shape);
        full = locB;
        rep = locA;
      }
      if (plan && plan[1] >= MIN_BLOCK) [outer, block, len] = plan;
    },
    run() {
      if (outer > 0) {
        let f = full();
        let r = rep();
        let o = pointerOf(heap, out);
        const step = block * 4;
        const repStep = len * 4;
        for (let i = 0; i < outer; i++, f += step, r += repStep, o += step) binary(op, block, f, r, len, o, min, max);
        return;
      }
      reference();
    },
  };
};

/** Blocks shorter than this stay with the TypeScript kernel (a call per block would cost more). */
const MIN_BLOCK = 4;

/**
 * How an operand of `shape` broadcast to `outShape` repeats: `[outer, block, len]` when its dims
 * (aligned to the output's) are the output's, then 1s, then the output's again, e.g. `[1, 6, 1, 8]`
 * over `[1, 6, 4, 8]` is `[6, 32, 8]`: for each of 6 blocks of 32 output elements, a run of 8 of its
 * elements repeats. Null when it broadcasts any other way (or not at all, `len` = the block).
 */
function blockPlan(shape: readonly number[], outShape: readonly number[]): [number, number, number] | null {
  const rank = outShape.length;
  const lead = rank - shape.length;
  if (lead < 0) return null;
  const dim = (d: number) => (d < lead ? 1 : (shape[d - lead] as number));
  let d = 0;
  let outer = 1;
  while (d < rank && dim(d) === outShape[d]) outer *= outShape[d++] as number;
  let mid = 1;
  while (d < rank && dim(d) === 1) mid *= outShape[d++] as number;
  let inner = 1;
  for (; d < rank; d++) {
    if (dim(d) !== outShape[d]) return null;
    inner *= outShape[d] as number;
  }
  if (mid === 1) return [1, outer * inner, outer * inner]; // no broadcast: element by element
  return [outer, mid * inner, inner];
}

/**
 * Quantized (qint8, per tensor) binary operators. Add and subtract use XNNPACK's fixed-point
 * kernel and multiply its fp32 requantization, so results match it exactly; the others
 * dequantize, compute in fp32 with the clamp and requantize (within one quantization step).
 */
function quantizedBinaryStep(
  node: XnnNode,
  op: BinaryOp,
  a: RuntimeValue,
  b: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap | null,
): Step {
  const scratch = createBinaryScratch();
  const infer = () => inferBroadcast(node, a, b, out);
  const wasm = heap && inKernelMemory(a) && inKernelMemory(b) ? heap : null;
  if (op === BinaryOp.Add || op === BinaryOp.Subtract) {
    const p = qs8AddParams(
      qparams(a),
      qparams(b),
      qparams(out),
      op === BinaryOp.Subtract,
      node.outputMin,
      node.outputMax,
    );
    // XNNPACK supports scale ratios in [2^-10, 2^8) (shift 12..30); others go through fp32 below.
    if (p.shift >= 12 && p.shift <= 30) {
      const reference = () => qs8Add(p, i8(a), a.shape, i8(b), b.shape, i8(out), out.shape, scratch);
      return (wasm && wasmQs8AddStep(node, p, a, b, out, wasm, infer, reference)) || { node, infer, run: reference };
    }
  }
  if (op === BinaryOp.Multiply) {
    const p = qs8MulParams(qparams(a), qparams(b), qparams(out), node.outputMin, node.outputMax);
    const reference = () => qs8Mul(p, i8(a), a.shape, i8(b), b.shape, i8(out), out.shape, scratch);
    return (wasm && wasmQs8MulStep(node, p, a, b, out, wasm, infer, reference)) || { node, infer, run: reference };
  }
  const sa = new FloatScratch();
  const sb = new FloatScratch();
  const so = new FloatScratch();
  return {
    node,
    infer() {
      infer();
      sa.ensure(numelOf(a.shape));
      sb.ensure(numelOf(b.shape));
      so.ensure(numelOf(out.shape));
    },
    run() {
      binaryF32(
        op,
        toFloat(a, sa),
        a.shape,
        toFloat(b, sb),
        b.shape,
        so.data,
        out.shape,
        node.outputMin,
        node.outputMax,
        scratch,
      );
      fromFloat(so.data, out);
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
 * where one operand has the output's shape and the other repeats over it; else `reference`. Both
 * operands live in the kernels' memory.
 */
function wasmQs8AddStep(
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
  const kx = heap.kernels('qs8_add');
  let plan = 0;
  return {
    node,
    infer() {
      infer();
      plan = repeatPlan(a, b, out);
    },
    run() {
      const n = numelOf(out.shape);
      if (plan === 0 || n === 0) return reference();
      const ap = pointerOf(heap, a);
      const bp = pointerOf(heap, b);
      const { bias, shift, outputZeroPoint: zo, qmin, qmax } = p;
      // The full operand first, the repeated one second (plan 2: b is the full one).
      const swap = plan !== 1;
      kx.qs8_add(
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
        pointerOf(heap, out),
      );
    },
  };
}

/** qs8 multiplication with fp32 requantization over the WebAssembly kernel, or null (see {@link wasmQs8AddStep}). */
function wasmQs8MulStep(
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
  const kx = heap.kernels('qs8_mul');
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
      const n = numelOf(out.shape);
      if (plan === 0 || n === 0) return reference();
      const ap = pointerOf(heap, a);
      const bp = pointerOf(heap, b);
      const op = pointerOf(heap, out);
      const { aZeroPoint: za, bZeroPoint: zb, scale } = p;
      if (plan === 1) kx.qs8_mul(n, ap, za, bp, numelOf(b.shape), zb, scale, lo, hi, zo, op);
      else kx.qs8_mul(n, bp, zb, ap, numelOf(a.shape), za, scale, lo, hi, zo, op);
    },
  };
}
