import { XnnNodeType } from '../serialization/xnn-graph.js';

const IMPLEMENTED = [
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
  XnnNodeType.ConvTranspose2d,
  XnnNodeType.StaticResizeBilinear2D,
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
] as const;

/** A node type the runtime executes. */
export type ImplementedNodeType = (typeof IMPLEMENTED)[number];

/**
 * XNNPACK node types the runtime executes. Data only, so that the AOT entry (`./partitioner`) can
 * read it without loading the runtime's kernels; the runtime's table of step factories
 * (`steps/index.ts`) is typed by {@link ImplementedNodeType}, so that it has exactly these keys.
 */
export const IMPLEMENTED_NODE_TYPES: readonly XnnNodeType[] = Object.freeze(IMPLEMENTED.slice());
