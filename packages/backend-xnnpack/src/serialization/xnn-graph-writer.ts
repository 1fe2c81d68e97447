/**
 * Serialises plain `XNNGraph` data (the form {@link decodeXnnGraphFlatbuffer} returns) with the
 * generated FlatBuffers builders, and wraps it in the `XH00` payload header. Decoding what this
 * writes gives back the same data.
 */
import * as flatbuffers from 'flatbuffers';
import { Buffer as FbBuffer } from './generated/fb-xnnpack/buffer.js';
import { ConstantDataOffset } from './generated/fb-xnnpack/constant-data-offset.js';
import { OutputMinMax } from './generated/fb-xnnpack/output-min-max.js';
import { PerChannelGroupQuant } from './generated/fb-xnnpack/per-channel-group-quant.js';
import { PerChannelQuant } from './generated/fb-xnnpack/per-channel-quant.js';
import { PerTensorQuant } from './generated/fb-xnnpack/per-tensor-quant.js';
import { PerTokenDynamicQuant } from './generated/fb-xnnpack/per-token-dynamic-quant.js';
import { XnnQuantParams as QuantParamsType } from './generated/fb-xnnpack/xnn-quant-params.js';
import { XNNArgMaxPooling2d } from './generated/fb-xnnpack/xnnarg-max-pooling2d.js';
import { _XNNCat } from './generated/fb-xnnpack/xnncat.js';
import { XNNELU } from './generated/fb-xnnpack/xnnelu.js';
import { XNNFullyConnected } from './generated/fb-xnnpack/xnnfully-connected.js';
import { XNNGraph } from './generated/fb-xnnpack/xnngraph.js';
import { XNNLeakyReLU } from './generated/fb-xnnpack/xnnleaky-re-lu.js';
import { _XNNNodeConv } from './generated/fb-xnnpack/xnnnode-conv.js';
import { _XNNNode1x1 } from './generated/fb-xnnpack/xnnnode1x1.js';
import { _XNNNode2x1 } from './generated/fb-xnnpack/xnnnode2x1.js';
import { _XNNPooling2D } from './generated/fb-xnnpack/xnnpooling2d.js';
import { XNNQuantizedTensorValue } from './generated/fb-xnnpack/xnnquantized-tensor-value.js';
import { XNNScaledDotProductAttention } from './generated/fb-xnnpack/xnnscaled-dot-product-attention.js';
import { XNNStaticConstantPad } from './generated/fb-xnnpack/xnnstatic-constant-pad.js';
import { XNNStaticReshape } from './generated/fb-xnnpack/xnnstatic-reshape.js';
import { XNNStaticResizeBilinear2D } from './generated/fb-xnnpack/xnnstatic-resize-bilinear2d.js';
import { XNNStaticSlice } from './generated/fb-xnnpack/xnnstatic-slice.js';
import { XNNStaticTranspose } from './generated/fb-xnnpack/xnnstatic-transpose.js';
import { XNNTensorValue } from './generated/fb-xnnpack/xnntensor-value.js';
import { XNode } from './generated/fb-xnnpack/xnode.js';
import { XValue } from './generated/fb-xnnpack/xvalue.js';
import { XvalueUnion } from './generated/fb-xnnpack/xvalue-union.js';
import {
  nodeTypeName,
  XNN_INVALID_ID,
  type XnnConstantData,
  XnnDatatype,
  type XnnNode,
  type XnnNodeAttrs,
  XnnNodeType,
  type XnnQuantParams,
  type XnnValue,
} from './xnn-graph.js';
import { XNN_HEADER_LENGTH, XNN_HEADER_MAGIC } from './xnn-header.js';

/** A value to write: {@link XnnValue} without its position (and with defaults for the rest). */
export type XnnValueData = Omit<XnnValue, 'index' | 'dqDatatype' | 'quant'> & {
  readonly dqDatatype?: XnnDatatype;
  readonly quant?: XnnQuantParams | null;
};

/** A node to write: {@link XnnNode} without its position; flags 0, no clamp and no attributes by default. */
export type XnnNodeData = Omit<XnnNode, 'index' | 'flags' | 'debugHandle' | 'outputMin' | 'outputMax' | 'attrs'> & {
  readonly flags?: number;
  readonly debugHandle?: number;
  readonly outputMin?: number;
  readonly outputMax?: number;
  readonly attrs?: XnnNodeAttrs;
};

/** A graph to write (the plain form of `XNNGraph`). */
export interface XnnGraphData {
  /** Flatbuffer identifier; `XN01` (what ExecuTorch's AOT writes) by default. */
  readonly identifier?: string;
  /** `"0"` by default. */
  readonly version?: string;
  readonly nodes: readonly XnnNodeData[];
  readonly values: readonly XnnValueData[];
  readonly numExterns: number;
  readonly inputIds: readonly number[];
  readonly outputIds: readonly number[];
  /** Legacy in-flatbuffer constants (not written by current writers). */
  readonly constantBuffer?: readonly Uint8Array[];
  readonly constantData: readonly XnnConstantData[];
}

function writeQuant(b: flatbuffers.Builder, q: XnnQuantParams): [QuantParamsType, flatbuffers.Offset] {
  switch (q.kind) {
    case 'per-tensor':
      return [QuantParamsType.PerTensorQuant, PerTensorQuant.createPerTensorQuant(b, q.scale, q.zeroPoint)];
    case 'per-channel': {
      const scale = q.scales.length > 0 ? PerChannelQuant.createScaleVector(b, q.scales) : 0;
      PerChannelQuant.startPerChannelQuant(b);
      if (scale) PerChannelQuant.addScale(b, scale);
      PerChannelQuant.addChannelDim(b, q.channelDim);
      PerChannelQuant.addScaleBufferIdx(b, q.scaleBufferIdx);
      PerChannelQuant.addNumScales(b, q.numScales);
      return [QuantParamsType.PerChannelQuant, PerChannelQuant.endPerChannelQuant(b)];
    }
    case 'per-channel-group': {
      const scale = q.scales.length > 0 ? PerChannelGroupQuant.createScaleVector(b, q.scales) : 0;
      PerChannelGroupQuant.startPerChannelGroupQuant(b);
      if (scale) PerChannelGroupQuant.addScale(b, scale);
      PerChannelGroupQuant.addChannelDim(b, q.channelDim);
      PerChannelGroupQuant.addGroupSize(b, q.groupSize);
      PerChannelGroupQuant.addScaleBufferIdx(b, q.scaleBufferIdx);
      PerChannelGroupQuant.addNumScales(b, q.numScales);
      return [QuantParamsType.PerChannelGroupQuant, PerChannelGroupQuant.endPerChannelGroupQuant(b)];
    }
    case 'per-token-dynamic':
      return [
        QuantParamsType.PerTokenDynamicQuant,
        PerTokenDynamicQuant.createPerTokenDynamicQuant(b, q.numNonbatchDims),
      ];
  }
}

function writeValue(b: flatbuffers.Builder, v: XnnValueData): flatbuffers.Offset {
  const dims = XNNTensorValue.createDimsVector(b, [...v.dims]);
  XNNTensorValue.startXNNTensorValue(b);
  XNNTensorValue.addDatatype(b, v.datatype as number);
  XNNTensorValue.addNumDims(b, v.dims.length);
  XNNTensorValue.addDims(b, dims);
  XNNTensorValue.addConstantBufferIdx(b, v.constantBufferIdx);
  XNNTensorValue.addExternalId(b, v.externalId);
  XNNTensorValue.addFlags(b, v.flags);
  XNNTensorValue.addIdOut(b, v.id);
  if (v.dqDatatype !== undefined && v.dqDatatype !== XnnDatatype.Invalid) {
    XNNTensorValue.addDqDatatype(b, v.dqDatatype as number);
  }
  const tensor = XNNTensorValue.endXNNTensorValue(b);
  if (!v.quant) return XValue.createXValue(b, XvalueUnion.XNNTensorValue, tensor);
  const [type, params] = writeQuant(b, v.quant);
  const q = XNNQuantizedTensorValue.createXNNQuantizedTensorValue(b, tensor, type, params);
  return XValue.createXValue(b, XvalueUnion.XNNQuantizedTensorValue, q);
}

const input = (n: XnnNodeData, i: number): number => n.inputs[i] ?? XNN_INVALID_ID;
const output = (n: XnnNodeData, i = 0): number => n.outputs[i] ?? XNN_INVALID_ID;

function attrsOf<K extends XnnNodeAttrs['kind']>(n: XnnNodeData, kind: K): Extract<XnnNodeAttrs, { kind: K }> {
  const a = n.attrs;
  if (!a || a.kind !== kind) {
    throw new TypeError(`${nodeTypeName(n.type)} node needs '${kind}' attributes, got '${a?.kind ?? 'none'}'`);
  }
  return a as Extract<XnnNodeAttrs, { kind: K }>;
}

function writeNodeBody(b: flatbuffers.Builder, n: XnnNodeData): flatbuffers.Offset {
  const flags = n.flags ?? 0;
  switch (n.type) {
    case XnnNodeType.Add:
    case XnnNodeType.Div:
    case XnnNodeType.Minimum:
    case XnnNodeType.Maximum:
    case XnnNodeType.Multiply:
    case XnnNodeType.Subtract:
    case XnnNodeType.PReLU:
    case XnnNodeType.BatchMatrixMultiply:
      return _XNNNode2x1.create_XNNNode2x1(b, input(n, 0), input(n, 1), output(n), flags);
    case XnnNodeType.Softmax:
    case XnnNodeType.Sigmoid:
    case XnnNodeType.Clamp:
    case XnnNodeType.Floor:
    case XnnNodeType.Convert:
    case XnnNodeType.GlobalAvgPooling2d:
    case XnnNodeType.SquareRoot:
    case XnnNodeType.Ceiling:
    case XnnNodeType.Hardswish:
    case XnnNodeType.Negate:
    case XnnNodeType.Square:
    case XnnNodeType.Abs:
    case XnnNodeType.ReciprocalSquareRoot:
    case XnnNodeType.Log:
    case XnnNodeType.Gelu:
    case XnnNodeType.Tanh:
    case XnnNodeType.Exp:
    case XnnNodeType.Sin:
    case XnnNodeType.Copy:
    case XnnNodeType.Cos:
      return _XNNNode1x1.create_XNNNode1x1(b, input(n, 0), output(n), flags);
    case XnnNodeType.FullyConnected:
      return XNNFullyConnected.createXNNFullyConnected(b, input(n, 0), input(n, 1), input(n, 2), output(n), flags);
    case XnnNodeType.Conv2d:
    case XnnNodeType.DepthwiseConv2d:
    case XnnNodeType.ConvTranspose2d: {
      const c = attrsOf(n, 'conv').conv;
      return _XNNNodeConv.create_XNNNodeConv(
        b,
        c.paddingTop,
        c.paddingRight,
        c.paddingBottom,
        c.paddingLeft,
        c.kernelHeight,
        c.kernelWidth,
        c.subsamplingHeight,
        c.subsamplingWidth,
        c.dilationHeight,
        c.dilationWidth,
        c.groupInputChannels,
        c.groupOutputChannels,
        c.groups,
        c.adjustmentHeight,
        c.adjustmentWidth,
        input(n, 0),
        input(n, 1),
        input(n, 2),
        output(n),
        flags,
      );
    }
    case XnnNodeType.AvgPooling2d:
    case XnnNodeType.MaxPooling2d: {
      const p = attrsOf(n, 'pool').pool;
      return _XNNPooling2D.create_XNNPooling2D(
        b,
        p.paddingTop,
        p.paddingRight,
        p.paddingBottom,
        p.paddingLeft,
        p.poolingHeight,
        p.poolingWidth,
        p.strideHeight,
        p.strideWidth,
        p.dilationHeight,
        p.dilationWidth,
        input(n, 0),
        output(n),
        flags,
      );
    }
    case XnnNodeType.ArgMaxPooling2d: {
      const p = attrsOf(n, 'pool').pool;
      return XNNArgMaxPooling2d.createXNNArgMaxPooling2d(
        b,
        p.paddingTop,
        p.paddingRight,
        p.paddingBottom,
        p.paddingLeft,
        p.poolingHeight,
        p.poolingWidth,
        input(n, 0),
        output(n, 0),
        output(n, 1),
        flags,
      );
    }
    case XnnNodeType.Concatenate2:
    case XnnNodeType.Concatenate3:
    case XnnNodeType.Concatenate4:
    case XnnNodeType.Concatenate5: {
      const { axis } = attrsOf(n, 'cat');
      return _XNNCat.create_XNNCat(
        b,
        axis,
        input(n, 0),
        input(n, 1),
        input(n, 2),
        input(n, 3),
        output(n),
        flags,
        input(n, 4),
      );
    }
    case XnnNodeType.StaticTranspose: {
      const { perm } = attrsOf(n, 'transpose');
      const permVec = XNNStaticTranspose.createPermVector(b, [...perm]);
      return XNNStaticTranspose.createXNNStaticTranspose(b, perm.length, permVec, input(n, 0), output(n), flags);
    }
    case XnnNodeType.StaticReshape: {
      const { newShape } = attrsOf(n, 'reshape');
      const shape = XNNStaticReshape.createNewShapeVector(b, [...newShape]);
      return XNNStaticReshape.createXNNStaticReshape(b, newShape.length, shape, input(n, 0), output(n), flags);
    }
    case XnnNodeType.StaticSlice: {
      const { offsets, sizes } = attrsOf(n, 'slice');
      const off = XNNStaticSlice.createOffsetsVector(b, [...offsets]);
      const siz = XNNStaticSlice.createSizesVector(b, [...sizes]);
      return XNNStaticSlice.createXNNStaticSlice(b, offsets.length, off, siz, input(n, 0), output(n), flags);
    }
    case XnnNodeType.StaticConstantPad: {
      const a = attrsOf(n, 'pad');
      const pre = XNNStaticConstantPad.createPrePaddingsVector(b, [...a.prePaddings]);
      const post = XNNStaticConstantPad.createPostPaddingsVector(b, [...a.postPaddings]);
      return XNNStaticConstantPad.createXNNStaticConstantPad(
        b,
        pre,
        post,
        a.paddingValue,
        input(n, 0),
        output(n),
        flags,
      );
    }
    case XnnNodeType.StaticResizeBilinear2D: {
      const a = attrsOf(n, 'resize');
      return XNNStaticResizeBilinear2D.createXNNStaticResizeBilinear2D(
        b,
        a.newHeight,
        a.newWidth,
        input(n, 0),
        output(n),
        flags,
      );
    }
    case XnnNodeType.ScaledDotProductAttention:
      return XNNScaledDotProductAttention.createXNNScaledDotProductAttention(
        b,
        input(n, 0),
        input(n, 1),
        input(n, 2),
        input(n, 3),
        input(n, 4),
        output(n),
        flags,
      );
    case XnnNodeType.ELU:
      return XNNELU.createXNNELU(b, attrsOf(n, 'elu').alpha, input(n, 0), output(n), flags);
    case XnnNodeType.LeakyReLU:
      return XNNLeakyReLU.createXNNLeakyReLU(b, attrsOf(n, 'leaky-relu').negativeSlope, input(n, 0), output(n), flags);
    default:
      throw new TypeError(`cannot write node type ${nodeTypeName(n.type)}`);
  }
}

function writeNode(b: flatbuffers.Builder, n: XnnNodeData): flatbuffers.Offset {
  const body = writeNodeBody(b, n);
  const min = n.outputMin ?? Number.NEGATIVE_INFINITY;
  const max = n.outputMax ?? Number.POSITIVE_INFINITY;
  const clamp = min !== Number.NEGATIVE_INFINITY || max !== Number.POSITIVE_INFINITY;
  const mm = clamp ? OutputMinMax.createOutputMinMax(b, min, max) : 0;
  XNode.startXNode(b);
  XNode.addXnodeUnionType(b, n.type as number);
  XNode.addXnodeUnion(b, body);
  XNode.addDebugHandle(b, n.debugHandle ?? 0);
  if (clamp) XNode.addOutputMinMax(b, mm);
  return XNode.endXNode(b);
}

/** Writes an `XNNGraph` flatbuffer (identifier `XN01` unless the data names another). */
export function encodeXnnGraphFlatbuffer(graph: XnnGraphData): Uint8Array {
  const identifier = graph.identifier ?? 'XN01';
  if (!/^XN0[01]$/.test(identifier)) throw new TypeError(`identifier ${identifier} is not XN00 or XN01`);
  const b = new flatbuffers.Builder(1024);
  const version = b.createString(graph.version ?? '0');
  const nodes = XNNGraph.createXnodesVector(
    b,
    graph.nodes.map((n) => writeNode(b, n)),
  );
  const values = XNNGraph.createXvaluesVector(
    b,
    graph.values.map((v) => writeValue(b, v)),
  );
  const inputIds = XNNGraph.createInputIdsVector(b, [...graph.inputIds]);
  const outputIds = XNNGraph.createOutputIdsVector(b, [...graph.outputIds]);
  const legacy = graph.constantBuffer ?? [];
  const constantBuffer =
    legacy.length > 0
      ? XNNGraph.createConstantBufferVector(
          b,
          legacy.map((bytes) => {
            b.startVector(1, bytes.length, 16);
            for (let i = bytes.length - 1; i >= 0; i--) b.addInt8(bytes[i] as number);
            return FbBuffer.createBuffer(b, b.endVector());
          }),
        )
      : 0;
  const constantData = XNNGraph.createConstantDataVector(
    b,
    graph.constantData.map((c) => {
      const key = c.namedKey === null ? 0 : b.createString(c.namedKey);
      ConstantDataOffset.startConstantDataOffset(b);
      ConstantDataOffset.addOffset(b, c.offset);
      ConstantDataOffset.addSize(b, c.size);
      if (key) ConstantDataOffset.addNamedKey(b, key);
      return ConstantDataOffset.endConstantDataOffset(b);
    }),
  );
  XNNGraph.startXNNGraph(b);
  XNNGraph.addVersion(b, version);
  XNNGraph.addXnodes(b, nodes);
  XNNGraph.addXvalues(b, values);
  XNNGraph.addNumExterns(b, graph.numExterns);
  XNNGraph.addInputIds(b, inputIds);
  XNNGraph.addOutputIds(b, outputIds);
  if (constantBuffer) XNNGraph.addConstantBuffer(b, constantBuffer);
  XNNGraph.addConstantData(b, constantData);
  b.finish(XNNGraph.endXNNGraph(b), identifier);
  return b.asUint8Array().slice();
}

const align16 = (n: number) => (n + 15) & ~15;

/**
 * Wraps a flatbuffer and an inline constant region in the `XH00` header: 4 zero bytes, magic, u16
 * header length 30, u32 flatbuffer offset (32), u32 flatbuffer size, u32 constant data offset (the
 * flatbuffer's end aligned to 16), u64 constant data size, then the parts.
 */
export function wrapXnnPayload(flatbuffer: Uint8Array, constantRegion: Uint8Array = new Uint8Array(0)): Uint8Array {
  const fbOffset = 32;
  const cdOffset = fbOffset + align16(flatbuffer.byteLength);
  const out = new Uint8Array(cdOffset + constantRegion.byteLength);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[4 + i] = XNN_HEADER_MAGIC.charCodeAt(i);
  view.setUint16(8, XNN_HEADER_LENGTH, true);
  view.setUint32(10, fbOffset, true);
  view.setUint32(14, flatbuffer.byteLength, true);
  view.setUint32(18, cdOffset, true);
  view.setBigUint64(22, BigInt(constantRegion.byteLength), true);
  out.set(flatbuffer, fbOffset);
  out.set(constantRegion, cdOffset);
  return out;
}

/** Writes a complete XNNPACK delegate payload: `XH00` header, `XNNGraph`, inline constants. */
export function encodeXnnPayload(graph: XnnGraphData, constantRegion?: Uint8Array): Uint8Array {
  return wrapXnnPayload(encodeXnnGraphFlatbuffer(graph), constantRegion);
}
