/**
 * Plain-data form of an XNNPACK delegate payload (`XNNGraph`), as decoded by
 * {@link decodeXnnGraph}: no FlatBuffers objects, every field read and bounds-checked.
 */

/** XNNPACK element types, numbered as the payload's `XNNDatatype` enum. */
export enum XnnDatatype {
  Invalid = 0,
  Fp32 = 1,
  Fp16 = 2,
  QInt8 = 3,
  QUInt8 = 4,
  QInt32 = 5,
  QCInt8 = 6,
  QCInt32 = 7,
  QCInt4 = 8,
  QDInt8 = 9,
  QBInt4 = 10,
  QPInt8 = 11,
  Int32 = 12,
  PFp32 = 13,
  BF16 = 14,
}

/** `XNN_INVALID_VALUE_ID`: no value (an absent bias, an internal value's external id). */
export const XNN_INVALID_ID = 0xffff_ffff;
/** Value flag: the value is an input of the delegate call. */
export const XNN_FLAG_EXTERNAL_INPUT = 1;
/** Value flag: the value is an output of the delegate call. */
export const XNN_FLAG_EXTERNAL_OUTPUT = 2;

/** Node kinds, numbered as the payload's `XNodeUnion` (type 0 is "none"). */
export enum XnnNodeType {
  Add = 1,
  FullyConnected = 2,
  Softmax = 3,
  Sigmoid = 4,
  StaticTranspose = 5,
  Clamp = 6,
  Conv2d = 7,
  Div = 8,
  StaticResizeBilinear2D = 9,
  StaticConstantPad = 10,
  AvgPooling2d = 11,
  Minimum = 12,
  DepthwiseConv2d = 13,
  MaxPooling2d = 14,
  Multiply = 15,
  Subtract = 16,
  Floor = 17,
  Convert = 18,
  GlobalAvgPooling2d = 19,
  StaticReshape = 20,
  ArgMaxPooling2d = 21,
  SquareRoot = 22,
  Ceiling = 23,
  Hardswish = 24,
  LeakyReLU = 25,
  Maximum = 26,
  Negate = 27,
  Square = 28,
  ELU = 29,
  Abs = 30,
  PReLU = 31,
  Concatenate2 = 32,
  Concatenate3 = 33,
  Concatenate4 = 34,
  StaticSlice = 35,
  ScaledDotProductAttention = 36,
  BatchMatrixMultiply = 37,
  Concatenate5 = 38,
  ConvTranspose2d = 39,
  ReciprocalSquareRoot = 40,
  Log = 41,
  Gelu = 42,
  Tanh = 43,
  Exp = 44,
  Sin = 45,
  Copy = 46,
  Cos = 47,
}

/** The name of a node type (`Add`), or `XNodeUnion(n)` for an unknown number. */
export function nodeTypeName(type: number): string {
  return XnnNodeType[type] ?? `XNodeUnion(${type})`;
}

/** Quantization parameters of a quantized value. */
export type XnnQuantParams =
  | { readonly kind: 'per-tensor'; readonly scale: number; readonly zeroPoint: number }
  | {
      readonly kind: 'per-channel';
      readonly channelDim: number;
      /** Inline scales (may be empty when `scaleBufferIdx` is set). */
      readonly scales: Float32Array;
      readonly scaleBufferIdx: number;
      readonly numScales: number;
    }
  | {
      readonly kind: 'per-channel-group';
      readonly channelDim: number;
      readonly groupSize: number;
      readonly scales: Float32Array;
      /** Index into `constantData` of bf16 scales. */
      readonly scaleBufferIdx: number;
      readonly numScales: number;
    }
  | { readonly kind: 'per-token-dynamic'; readonly numNonbatchDims: number };

/** One value (tensor) of the graph. */
export interface XnnValue {
  /** Position in `XNNGraph.xvalues`. */
  readonly index: number;
  /** The id nodes use to refer to this value (`id_out`). */
  readonly id: number;
  readonly datatype: XnnDatatype;
  /** Dims in physical order; `numDims` is checked to equal its length. */
  readonly dims: readonly number[];
  /** Index into `XNNGraph.constant_data` (or the legacy `constant_buffer`); 0 = not constant. */
  readonly constantBufferIdx: number;
  /** Index into the delegate call's arguments, or {@link XNN_INVALID_ID}. */
  readonly externalId: number;
  readonly flags: number;
  /** The type to quantize to at run time ({@link XnnDatatype.Invalid} when none). */
  readonly dqDatatype: XnnDatatype;
  /** Present for `XNNQuantizedTensorValue`s. */
  readonly quant: XnnQuantParams | null;
}

/** Convolution attributes (Conv2d, DepthwiseConv2d, ConvTranspose2d). */
export interface XnnConvAttrs {
  readonly paddingTop: number;
  readonly paddingRight: number;
  readonly paddingBottom: number;
  readonly paddingLeft: number;
  readonly kernelHeight: number;
  readonly kernelWidth: number;
  readonly subsamplingHeight: number;
  readonly subsamplingWidth: number;
  readonly dilationHeight: number;
  readonly dilationWidth: number;
  readonly groupInputChannels: number;
  readonly groupOutputChannels: number;
  readonly groups: number;
  readonly adjustmentHeight: number;
  readonly adjustmentWidth: number;
}

/** Pooling attributes (AvgPooling2d, MaxPooling2d, ArgMaxPooling2d). */
export interface XnnPoolAttrs {
  readonly paddingTop: number;
  readonly paddingRight: number;
  readonly paddingBottom: number;
  readonly paddingLeft: number;
  readonly poolingHeight: number;
  readonly poolingWidth: number;
  readonly strideHeight: number;
  readonly strideWidth: number;
  readonly dilationHeight: number;
  readonly dilationWidth: number;
}

/** Attributes of a node, by the payload table its union member uses. */
export type XnnNodeAttrs =
  | { readonly kind: 'none' }
  | { readonly kind: 'conv'; readonly conv: XnnConvAttrs }
  | { readonly kind: 'pool'; readonly pool: XnnPoolAttrs }
  | { readonly kind: 'cat'; readonly axis: number }
  | { readonly kind: 'transpose'; readonly perm: readonly number[] }
  | { readonly kind: 'reshape'; readonly newShape: readonly number[] }
  | { readonly kind: 'slice'; readonly offsets: readonly number[]; readonly sizes: readonly number[] }
  | {
      readonly kind: 'pad';
      readonly prePaddings: readonly number[];
      readonly postPaddings: readonly number[];
      readonly paddingValue: number;
    }
  | { readonly kind: 'resize'; readonly newHeight: number; readonly newWidth: number }
  | { readonly kind: 'elu'; readonly alpha: number }
  | { readonly kind: 'leaky-relu'; readonly negativeSlope: number };

/** One node of the graph. */
export interface XnnNode {
  /** Position in `XNNGraph.xnodes`. */
  readonly index: number;
  readonly type: XnnNodeType;
  /**
   * Input value ids in the node's order (binary: a, b; fully connected / conv: input, filter,
   * bias; concatenate: the used inputs; SDPA: query, key, value, scale, mask). An absent optional
   * input (bias) is {@link XNN_INVALID_ID}.
   */
  readonly inputs: readonly number[];
  /** Output value ids (one, except ArgMaxPooling2d: values, indices). */
  readonly outputs: readonly number[];
  readonly flags: number;
  readonly debugHandle: number;
  /** The fused output clamp (`-Infinity`/`Infinity` when the node has none). */
  readonly outputMin: number;
  readonly outputMax: number;
  readonly attrs: XnnNodeAttrs;
}

/** Where one constant's bytes are. */
export interface XnnConstantData {
  /** Offset into the payload's constant region; `null` when the bytes are in named data. */
  readonly offset: bigint;
  readonly size: bigint;
  /** Key into the program's named data (SHA-256 hex), or `null`. */
  readonly namedKey: string | null;
}

/** A decoded `XNNGraph`. */
export interface XnnGraph {
  /** The flatbuffer's file identifier (`XN00` or `XN01`). */
  readonly identifier: string;
  readonly version: string;
  readonly nodes: readonly XnnNode[];
  readonly values: readonly XnnValue[];
  readonly numExterns: number;
  readonly inputIds: readonly number[];
  readonly outputIds: readonly number[];
  /** Legacy in-flatbuffer constants (deprecated by the writer). */
  readonly constantBuffer: readonly Uint8Array[];
  readonly constantData: readonly XnnConstantData[];
}
