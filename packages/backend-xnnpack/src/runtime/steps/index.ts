/**
 * The runtime's steps: one factory per XNNPACK node type, in {@link STEP_FACTORIES}. Its keys are
 * exactly `IMPLEMENTED_NODE_TYPES` (implemented-node-types.ts, the data-only list the partitioner
 * reads): the type checker refuses a table that misses one of them or has another.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import { nodeTypeName, XNN_INVALID_ID, type XnnNode, XnnNodeType } from '../../serialization/xnn-graph.js';
import type { ImplementedNodeType } from '../implemented-node-types.js';
import type { RuntimeValue } from '../runtime-value.js';
import { batchMatMulStep } from './batch-matmul.js';
import { binaryStep } from './binary.js';
import { fail } from './common.js';
import { concatenateStep } from './concatenate.js';
import { constantPadStep } from './constant-pad.js';
import { convTransposeStep } from './conv-transpose.js';
import { convertStep } from './convert.js';
import { convStep } from './convolution.js';
import { fullyConnectedStep } from './fully-connected.js';
import { globalAvgPoolStep } from './global-avg-pooling.js';
import { poolStep } from './pooling.js';
import { reshapeStep } from './reshape.js';
import { resizeBilinearStep } from './resize.js';
import { sliceStep } from './slice.js';
import { softmaxStep } from './softmax.js';
import type { Step, StepContext, StepFactory, StepOperands, ValueLookup } from './step.js';
import { transposeStep } from './transpose.js';
import { unaryStep } from './unary.js';

export type { Step, StepContext, StepFactory, ValueLookup } from './step.js';

/** The factory of every implemented node type. */
export const STEP_FACTORIES: { readonly [T in ImplementedNodeType]: StepFactory } = {
  [XnnNodeType.Add]: binaryStep,
  [XnnNodeType.Subtract]: binaryStep,
  [XnnNodeType.Multiply]: binaryStep,
  [XnnNodeType.Div]: binaryStep,
  [XnnNodeType.Minimum]: binaryStep,
  [XnnNodeType.Maximum]: binaryStep,
  [XnnNodeType.PReLU]: binaryStep,
  [XnnNodeType.Clamp]: unaryStep,
  [XnnNodeType.Abs]: unaryStep,
  [XnnNodeType.Negate]: unaryStep,
  [XnnNodeType.Floor]: unaryStep,
  [XnnNodeType.Ceiling]: unaryStep,
  [XnnNodeType.Square]: unaryStep,
  [XnnNodeType.SquareRoot]: unaryStep,
  [XnnNodeType.ReciprocalSquareRoot]: unaryStep,
  [XnnNodeType.Exp]: unaryStep,
  [XnnNodeType.Log]: unaryStep,
  [XnnNodeType.Sigmoid]: unaryStep,
  [XnnNodeType.Tanh]: unaryStep,
  [XnnNodeType.Gelu]: unaryStep,
  [XnnNodeType.Hardswish]: unaryStep,
  [XnnNodeType.LeakyReLU]: unaryStep,
  [XnnNodeType.ELU]: unaryStep,
  [XnnNodeType.Sin]: unaryStep,
  [XnnNodeType.Cos]: unaryStep,
  [XnnNodeType.Copy]: unaryStep,
  [XnnNodeType.Softmax]: softmaxStep,
  [XnnNodeType.FullyConnected]: fullyConnectedStep,
  [XnnNodeType.BatchMatrixMultiply]: batchMatMulStep,
  [XnnNodeType.Conv2d]: convStep,
  [XnnNodeType.DepthwiseConv2d]: convStep,
  [XnnNodeType.ConvTranspose2d]: convTransposeStep,
  [XnnNodeType.StaticResizeBilinear2D]: resizeBilinearStep,
  [XnnNodeType.AvgPooling2d]: poolStep,
  [XnnNodeType.MaxPooling2d]: poolStep,
  [XnnNodeType.GlobalAvgPooling2d]: globalAvgPoolStep,
  [XnnNodeType.StaticTranspose]: transposeStep,
  [XnnNodeType.StaticReshape]: reshapeStep,
  [XnnNodeType.StaticSlice]: sliceStep,
  [XnnNodeType.StaticConstantPad]: constantPadStep,
  [XnnNodeType.Concatenate2]: concatenateStep,
  [XnnNodeType.Concatenate3]: concatenateStep,
  [XnnNodeType.Concatenate4]: concatenateStep,
  [XnnNodeType.Concatenate5]: concatenateStep,
  [XnnNodeType.Convert]: convertStep,
};

const factories: Partial<Record<XnnNodeType, StepFactory>> = STEP_FACTORIES;

/** Builds the step of one node. Throws `NotImplemented` for node types not implemented yet. */
export function createStep(node: XnnNode, get: ValueLookup, ctx: StepContext): Step {
  const ins = node.inputs.map((id) => (id === XNN_INVALID_ID ? null : get(id)));
  const out = get(node.outputs[0] as number);
  const factory = factories[node.type];
  if (!factory)
    return fail(node, ErrorCode.NotImplemented, `node type ${nodeTypeName(node.type)} is not implemented yet`);
  const io: StepOperands = {
    input(i: number): RuntimeValue {
      const v = ins[i];
      if (!v) return fail(node, ErrorCode.DelegateInvalidCompatibility, `input ${i} is missing`);
      return v;
    },
    optional: (i) => ins[i] ?? null,
    out,
  };
  try {
    return factory(node, io, ctx);
  } catch (e) {
    // A kernel build without an export the step takes (`heap.kernels`): say which node needs it.
    if (!KindlingError.isInstance(e) || e.code !== ErrorCode.OperatorMissing || !e.context?.exports) throw e;
    throw new KindlingError(e.code, `XNNPACK ${nodeTypeName(node.type)} (node ${node.index}): ${e.message}`, {
      cause: e,
      context: { ...e.context, node: node.index, operator: nodeTypeName(node.type) },
    });
  }
}
