/** Unary element-wise nodes: clamp, abs, negate, rounding, roots, exp/log, activations, copy. */
import { quantizeBound } from '../../kernels/convert.js';
import type { Elements } from '../../kernels/data-movement.js';
import { qs8Clamp, qs8Lookup, qs8UnaryTable } from '../../kernels/quantized-elementwise.js';
import { UnaryOp, unaryF32 } from '../../kernels/unary.js';
import { XnnDatatype, type XnnNode, XnnNodeType } from '../../serialization/xnn-graph.js';
import { numelOf, type RuntimeValue } from '../runtime-value.js';
import { f32, i8, isFloat, isQs8, qparams, requireFloat, setShape } from './common.js';
import { inKernelMemory, type Step, type StepFactory } from './step.js';
import { pointerOf } from './wasm-call.js';

const UNARY_OPS = {
  [XnnNodeType.Clamp]: UnaryOp.Clamp,
  [XnnNodeType.Abs]: UnaryOp.Abs,
  [XnnNodeType.Negate]: UnaryOp.Negate,
  [XnnNodeType.Floor]: UnaryOp.Floor,
  [XnnNodeType.Ceiling]: UnaryOp.Ceiling,
  [XnnNodeType.Square]: UnaryOp.Square,
  [XnnNodeType.SquareRoot]: UnaryOp.SquareRoot,
  [XnnNodeType.ReciprocalSquareRoot]: UnaryOp.ReciprocalSquareRoot,
  [XnnNodeType.Exp]: UnaryOp.Exp,
  [XnnNodeType.Log]: UnaryOp.Log,
  [XnnNodeType.Sigmoid]: UnaryOp.Sigmoid,
  [XnnNodeType.Tanh]: UnaryOp.Tanh,
  [XnnNodeType.Gelu]: UnaryOp.Gelu,
  [XnnNodeType.Hardswish]: UnaryOp.Hardswish,
  [XnnNodeType.LeakyReLU]: UnaryOp.LeakyReLU,
  [XnnNodeType.ELU]: UnaryOp.ELU,
  [XnnNodeType.Sin]: UnaryOp.Sin,
  [XnnNodeType.Cos]: UnaryOp.Cos,
  [XnnNodeType.Copy]: UnaryOp.Copy,
} as const;

/** The node types of this family. */
type UnaryNodeType = keyof typeof UNARY_OPS;

/** Unary operators with the WebAssembly kernel `unary_f32` (hardswish and the clamp have their own). */
const WASM_UNARY: ReadonlySet<UnaryOp> = new Set([UnaryOp.Exp, UnaryOp.Sigmoid, UnaryOp.Gelu]);

/** The step of a unary element-wise node (fp32, qint8 per tensor; copy of any type). */
export const unaryStep: StepFactory = (node, io, ctx) => {
  const op = UNARY_OPS[node.type as UnaryNodeType];
  const x = io.input(0);
  const out = io.out;
  const param =
    node.attrs.kind === 'elu' ? node.attrs.alpha : node.attrs.kind === 'leaky-relu' ? node.attrs.negativeSlope : 0;
  const clampMin = node.type === XnnNodeType.Clamp ? node.outputMin : Number.NEGATIVE_INFINITY;
  const clampMax = node.type === XnnNodeType.Clamp ? node.outputMax : Number.POSITIVE_INFINITY;
  const infer = () => setShape(out, x.shape.slice());
  if (node.type === XnnNodeType.Copy && !isFloat(x)) {
    return {
      node,
      infer,
      run: () => (out.data as Elements).set((x.data as Elements).subarray(0, numelOf(x.shape))),
    };
  }
  if (isQs8(x) && isQs8(out)) return quantizedUnaryStep(node, op, x, out, param, clampMin, clampMax);
  requireFloat(node, x, out);
  const reference = () => unaryF32(op, f32(x), f32(out), numelOf(x.shape), param, clampMin, clampMax);
  const heap = ctx.heap && inKernelMemory(x) ? ctx.heap : null;
  // Both kernels keep NaN (and -0) as XNNPACK's clamp does.
  if (heap && op === UnaryOp.Clamp) {
    const { clampf } = heap.kernels('clampf');
    return {
      node,
      infer,
      run: () => clampf(numelOf(x.shape), pointerOf(heap, x), pointerOf(heap, out), clampMin, clampMax),
    };
  }
  if (heap && op === UnaryOp.Hardswish && x.datatype === XnnDatatype.Fp32 && out.datatype === XnnDatatype.Fp32) {
    // Bit-identical to the TypeScript kernel.
    const { hardswish_f32 } = heap.kernels('hardswish_f32');
    return {
      node,
      infer,
      run: () => hardswish_f32(numelOf(x.shape), pointerOf(heap, x), pointerOf(heap, out)),
    };
  }
  if (heap && WASM_UNARY.has(op)) {
    const { unary_f32 } = heap.kernels('unary_f32');
    return {
      node,
      infer,
      run: () => unary_f32(op, numelOf(x.shape), pointerOf(heap, x), pointerOf(heap, out), clampMin, clampMax),
    };
  }
  return { node, infer, run: reference };
};

/**
 * Quantized (qint8, per tensor) unary operators. A clamp between values of the same quantization
 * clamps the integers; every other operator is a 256-entry table built like XNNPACK's (fp32
 * through its reference kernel), so results match it exactly.
 */
function quantizedUnaryStep(
  node: XnnNode,
  op: UnaryOp,
  x: RuntimeValue,
  out: RuntimeValue,
  param: number,
  min: number,
  max: number,
): Step {
  const xq = qparams(x);
  const oq = qparams(out);
  const infer = () => setShape(out, x.shape.slice());
  if (op === UnaryOp.Clamp && xq.scale === oq.scale && xq.zeroPoint === oq.zeroPoint) {
    const lo = quantizeBound(min, oq.scale, oq.zeroPoint);
    const hi = quantizeBound(max, oq.scale, oq.zeroPoint);
    return { node, infer, run: () => qs8Clamp(i8(x), i8(out), numelOf(x.shape), lo, hi) };
  }
  const table = qs8UnaryTable(op, xq, oq, param, min, max);
  return { node, infer, run: () => qs8Lookup(table, i8(x), i8(out), numelOf(x.shape)) };
}
