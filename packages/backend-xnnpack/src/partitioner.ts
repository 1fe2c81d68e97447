/**
 * AOT entry of the XNNPACK backend. The lowering (`preprocess` to `XNNGraph`) is not written yet;
 * this entry lists the node types the runtime executes, which the operator-support tables will use.
 *
 * @packageDocumentation
 */
import { XnnNodeType } from './serialization/xnn-graph.js';

/** XNNPACK node types the Kindling runtime implements (fp32; see the runtime for quantized ones). */
export const SUPPORTED_NODE_TYPES: readonly XnnNodeType[] = Object.freeze([
  XnnNodeType.Add,
  XnnNodeType.Subtract,
  XnnNodeType.Multiply,
  XnnNodeType.Div,
  XnnNodeType.Minimum,
  XnnNodeType.Maximum,
  XnnNodeType.PReLU,
  XnnNodeType.Clamp,
  XnnNodeType.Abs,
  XnnNodeType.Negate,
  XnnNodeType.Floor,
  XnnNodeType.Ceiling,
  XnnNodeType.Square,
  XnnNodeType.SquareRoot,
  XnnNodeType.ReciprocalSquareRoot,
  XnnNodeType.Exp,
  XnnNodeType.Log,
  XnnNodeType.Sigmoid,
  XnnNodeType.Tanh,
  XnnNodeType.Gelu,
  XnnNodeType.Hardswish,
  XnnNodeType.LeakyReLU,
  XnnNodeType.ELU,
  XnnNodeType.Sin,
  XnnNodeType.Cos,
  XnnNodeType.Copy,
  XnnNodeType.Softmax,
  XnnNodeType.FullyConnected,
  XnnNodeType.BatchMatrixMultiply,
  XnnNodeType.Conv2d,
  XnnNodeType.DepthwiseConv2d,
  XnnNodeType.AvgPooling2d,
  XnnNodeType.MaxPooling2d,
  XnnNodeType.GlobalAvgPooling2d,
  XnnNodeType.StaticTranspose,
  XnnNodeType.StaticReshape,
  XnnNodeType.StaticSlice,
  XnnNodeType.StaticConstantPad,
  XnnNodeType.Concatenate2,
  XnnNodeType.Concatenate3,
  XnnNodeType.Concatenate4,
  XnnNodeType.Concatenate5,
  XnnNodeType.Convert,
]);

export { XnnNodeType };
