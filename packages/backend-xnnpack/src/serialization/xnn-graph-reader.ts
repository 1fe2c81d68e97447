import {
  bytesOf,
  CheckedByteBuffer,
  checkCount as checkElementCount,
  guardDecode,
  readList,
  requireTable,
} from '@kindling/backend-utils';
import { ErrorCode, KindlingError } from '@kindling/core';
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
import type { XNode } from './generated/fb-xnnpack/xnode.js';
import type { XValue } from './generated/fb-xnnpack/xvalue.js';
import { XvalueUnion } from './generated/fb-xnnpack/xvalue-union.js';
import {
  type XnnConvAttrs,
  type XnnDatatype,
  type XnnGraph,
  type XnnNode,
  type XnnNodeAttrs,
  XnnNodeType,
  type XnnPoolAttrs,
  type XnnQuantParams,
  type XnnValue,
} from './xnn-graph.js';
import { parseXnnPayload } from './xnn-header.js';

/** Flatbuffer identifiers accepted for `XNNGraph`. */
export const XNN_GRAPH_IDENTIFIERS: readonly string[] = ['XN00', 'XN01'];

const WHAT = 'XNNPACK payload';

function floats(bb: CheckedByteBuffer, count: number, at: (i: number) => number | null): Float32Array {
  checkElementCount(bb, count);
  bb.charge(count);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = at(i) ?? 0;
  return out;
}

const uints = (bb: CheckedByteBuffer, count: number, at: (i: number) => number | null): number[] =>
  readList(bb, count, (i) => at(i) ?? 0);

function decodeQuant(bb: CheckedByteBuffer, q: XNNQuantizedTensorValue, where: string): XnnQuantParams {
  const type = q.quantParamsType();
  const table = <T>(obj: T): T => requireTable(bb, q.quantParams(obj) as T | null, `${where} quant_params`);
  switch (type) {
    case QuantParamsType.PerTensorQuant: {
      const p = table(new PerTensorQuant());
      return { kind: 'per-tensor', scale: p.scale(), zeroPoint: p.zeroPoint() };
    }
    case QuantParamsType.PerChannelQuant: {
      const p = table(new PerChannelQuant());
      return {
        kind: 'per-channel',
        channelDim: p.channelDim(),
        scales: floats(bb, p.scaleLength(), (i) => p.scale(i)),
        scaleBufferIdx: p.scaleBufferIdx(),
        numScales: p.numScales(),
      };
    }
    case QuantParamsType.PerChannelGroupQuant: {
      const p = table(new PerChannelGroupQuant());
      return {
        kind: 'per-channel-group',
        channelDim: p.channelDim(),
        groupSize: p.groupSize(),
        scales: floats(bb, p.scaleLength(), (i) => p.scale(i)),
        scaleBufferIdx: p.scaleBufferIdx(),
        numScales: p.numScales(),
      };
    }
    case QuantParamsType.PerTokenDynamicQuant: {
      const p = table(new PerTokenDynamicQuant());
      return { kind: 'per-token-dynamic', numNonbatchDims: p.numNonbatchDims() };
    }
    default:
      throw new KindlingError(
        ErrorCode.DelegateInvalidCompatibility,
        `${WHAT}: ${where} has unknown quantization parameters type ${type}`,
        { context: { backend: 'XnnpackBackend', path: where } },
      );
  }
}

function decodeValue(bb: CheckedByteBuffer, v: XValue, index: number): XnnValue {
  const where = `xvalues[${index}]`;
  const type = v.xvalueUnionType();
  let t: XNNTensorValue;
  let quant: XnnQuantParams | null = null;
  if (type === XvalueUnion.XNNTensorValue) {
    t = requireTable(bb, v.xvalueUnion(new XNNTensorValue()) as XNNTensorValue | null, `${where} tensor value`);
  } else if (type === XvalueUnion.XNNQuantizedTensorValue) {
    const q = requireTable(
      bb,
      v.xvalueUnion(new XNNQuantizedTensorValue()) as XNNQuantizedTensorValue | null,
      `${where} quantized tensor value`,
    );
    t = requireTable(bb, q.tensorValue(), `${where} tensor_value`);
    quant = decodeQuant(bb, q, where);
  } else {
    throw new KindlingError(
      ErrorCode.DelegateInvalidCompatibility,
      `${WHAT}: ${where} has unknown value type ${type}`,
      {
        context: { backend: 'XnnpackBackend', path: where },
      },
    );
  }
  const dims = uints(bb, t.dimsLength(), (i) => t.dims(i));
  const numDims = t.numDims();
  if (numDims !== dims.length) {
    throw new KindlingError(
      ErrorCode.DelegateInvalidCompatibility,
      `${WHAT}: ${where} has num_dims ${numDims} but ${dims.length} dims`,
      { context: { backend: 'XnnpackBackend', path: where, value: index } },
    );
  }
  return {
    index,
    id: t.idOut(),
    datatype: t.datatype() as number as XnnDatatype,
    dims,
    constantBufferIdx: t.constantBufferIdx(),
    externalId: t.externalId(),
    flags: t.flags(),
    dqDatatype: t.dqDatatype() as number as XnnDatatype,
    quant,
  };
}

function convAttrs(c: _XNNNodeConv): XnnConvAttrs {
  return {
    paddingTop: c.paddingTop(),
    paddingRight: c.paddingRight(),
    paddingBottom: c.paddingBottom(),
    paddingLeft: c.paddingLeft(),
    kernelHeight: c.kernelHeight(),
    kernelWidth: c.kernelWidth(),
    subsamplingHeight: c.subsamplingHeight(),
    subsamplingWidth: c.subsamplingWidth(),
    dilationHeight: c.dilationHeight(),
    dilationWidth: c.dilationWidth(),
    groupInputChannels: c.groupInputChannels(),
    groupOutputChannels: c.groupOutputChannels(),
    groups: c.groups(),
    adjustmentHeight: c.adjustmentHeight(),
    adjustmentWidth: c.adjustmentWidth(),
  };
}

function poolAttrs(p: _XNNPooling2D | XNNArgMaxPooling2d): XnnPoolAttrs {
  const full = p instanceof _XNNPooling2D;
  return {
    paddingTop: p.paddingTop(),
    paddingRight: p.paddingRight(),
    paddingBottom: p.paddingBottom(),
    paddingLeft: p.paddingLeft(),
    poolingHeight: p.poolingHeight(),
    poolingWidth: p.poolingWidth(),
    strideHeight: full ? p.strideHeight() : p.poolingHeight(),
    strideWidth: full ? p.strideWidth() : p.poolingWidth(),
    // Average pooling has no dilation in XNNPACK and its writer leaves the fields 0.
    dilationHeight: full ? Math.max(1, p.dilationHeight()) : 1,
    dilationWidth: full ? Math.max(1, p.dilationWidth()) : 1,
  };
}

type Shape = Omit<XnnNode, 'index' | 'type' | 'debugHandle' | 'outputMin' | 'outputMax'>;
const NONE: XnnNodeAttrs = { kind: 'none' };

function decodeNodeBody(bb: CheckedByteBuffer, n: XNode, type: number, where: string): Shape {
  const table = <T>(obj: T): T => requireTable(bb, n.xnodeUnion(obj) as T | null, `${where} payload`);
  switch (type) {
    case XnnNodeType.Add:
    case XnnNodeType.Div:
    case XnnNodeType.Minimum:
    case XnnNodeType.Maximum:
    case XnnNodeType.Multiply:
    case XnnNodeType.Subtract:
    case XnnNodeType.PReLU:
    case XnnNodeType.BatchMatrixMultiply: {
      const t = table(new _XNNNode2x1());
      return { inputs: [t.input1Id(), t.input2Id()], outputs: [t.outputId()], flags: t.flags(), attrs: NONE };
    }
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
    case XnnNodeType.Cos: {
      const t = table(new _XNNNode1x1());
      return { inputs: [t.inputId()], outputs: [t.outputId()], flags: t.flags(), attrs: NONE };
    }
    case XnnNodeType.FullyConnected: {
      const t = table(new XNNFullyConnected());
      return {
        inputs: [t.input1Id(), t.filterId(), t.biasId()],
        outputs: [t.outputId()],
        flags: t.flags(),
        attrs: NONE,
      };
    }
    case XnnNodeType.Conv2d:
    case XnnNodeType.DepthwiseConv2d:
    case XnnNodeType.ConvTranspose2d: {
      const t = table(new _XNNNodeConv());
      return {
        inputs: [t.input1Id(), t.filterId(), t.biasId()],
        outputs: [t.outputId()],
        flags: t.flags(),
        attrs: { kind: 'conv', conv: convAttrs(t) },
      };
    }
    case XnnNodeType.AvgPooling2d:
    case XnnNodeType.MaxPooling2d: {
      const t = table(new _XNNPooling2D());
      return {
        inputs: [t.inputId()],
        outputs: [t.outputId()],
        flags: t.flags(),
        attrs: { kind: 'pool', pool: poolAttrs(t) },
      };
    }
    case XnnNodeType.ArgMaxPooling2d: {
      const t = table(new XNNArgMaxPooling2d());
      return {
        inputs: [t.inputId()],
        outputs: [t.outputValueId(), t.outputIndexId()],
        flags: t.flags(),
        attrs: { kind: 'pool', pool: poolAttrs(t) },
      };
    }
    case XnnNodeType.Concatenate2:
    case XnnNodeType.Concatenate3:
    case XnnNodeType.Concatenate4:
    case XnnNodeType.Concatenate5: {
      const t = table(new _XNNCat());
      const count =
        type === XnnNodeType.Concatenate2
          ? 2
          : type === XnnNodeType.Concatenate3
            ? 3
            : type === XnnNodeType.Concatenate4
              ? 4
              : 5;
      const all = [t.input1Id(), t.input2Id(), t.input3Id(), t.input4Id(), t.input5Id()];
      return {
        inputs: all.slice(0, count),
        outputs: [t.outputId()],
        flags: t.flags(),
        attrs: { kind: 'cat', axis: t.axis() },
      };
    }
    case XnnNodeType.StaticTranspose: {
      const t = table(new XNNStaticTranspose());
      const perm = uints(bb, t.permLength(), (i) => t.perm(i));
      checkCount(t.numDims(), perm.length, `${where} perm`);
      return { inputs: [t.inputId()], outputs: [t.outputId()], flags: t.flags(), attrs: { kind: 'transpose', perm } };
    }
    case XnnNodeType.StaticReshape: {
      const t = table(new XNNStaticReshape());
      const newShape = uints(bb, t.newShapeLength(), (i) => t.newShape(i));
      checkCount(t.numDims(), newShape.length, `${where} new_shape`);
      return { inputs: [t.inputId()], outputs: [t.outputId()], flags: t.flags(), attrs: { kind: 'reshape', newShape } };
    }
    case XnnNodeType.StaticSlice: {
      const t = table(new XNNStaticSlice());
      const offsets = uints(bb, t.offsetsLength(), (i) => t.offsets(i));
      const sizes = uints(bb, t.sizesLength(), (i) => t.sizes(i));
      checkCount(t.numDims(), offsets.length, `${where} offsets`);
      checkCount(t.numDims(), sizes.length, `${where} sizes`);
      return {
        inputs: [t.inputId()],
        outputs: [t.outputId()],
        flags: t.flags(),
        attrs: { kind: 'slice', offsets, sizes },
      };
    }
    case XnnNodeType.StaticConstantPad: {
      const t = table(new XNNStaticConstantPad());
      return {
        inputs: [t.inputId()],
        outputs: [t.outputId()],
        flags: t.flags(),
        attrs: {
          kind: 'pad',
          prePaddings: uints(bb, t.prePaddingsLength(), (i) => t.prePaddings(i)),
          postPaddings: uints(bb, t.postPaddingsLength(), (i) => t.postPaddings(i)),
          paddingValue: t.paddingValue(),
        },
      };
    }
    case XnnNodeType.StaticResizeBilinear2D: {
      const t = table(new XNNStaticResizeBilinear2D());
      return {
        inputs: [t.inputId()],
        outputs: [t.outputId()],
        flags: t.flags(),
        attrs: { kind: 'resize', newHeight: t.newHeight(), newWidth: t.newWidth() },
      };
    }
    case XnnNodeType.ScaledDotProductAttention: {
      const t = table(new XNNScaledDotProductAttention());
      return {
        inputs: [t.queryId(), t.keyId(), t.valueId(), t.scaleId(), t.maskId()],
        outputs: [t.outputId()],
        flags: t.flags(),
        attrs: NONE,
      };
    }
    case XnnNodeType.ELU: {
      const t = table(new XNNELU());
      return {
        inputs: [t.inputId()],
        outputs: [t.outputId()],
        flags: t.flags(),
        attrs: { kind: 'elu', alpha: t.alpha() },
      };
    }
    case XnnNodeType.LeakyReLU: {
      const t = table(new XNNLeakyReLU());
      return {
        inputs: [t.inputId()],
        outputs: [t.outputId()],
        flags: t.flags(),
        attrs: { kind: 'leaky-relu', negativeSlope: t.negativeSlope() },
      };
    }
    default:
      throw new KindlingError(
        ErrorCode.DelegateInvalidCompatibility,
        `${WHAT}: ${where} has unknown node type ${type}`,
        {
          context: { backend: 'XnnpackBackend', path: where },
        },
      );
  }
}

function checkCount(numDims: number, length: number, where: string): void {
  if (numDims !== length) {
    throw new KindlingError(
      ErrorCode.DelegateInvalidCompatibility,
      `${WHAT}: ${where} has ${length} entries but num_dims is ${numDims}`,
      { context: { backend: 'XnnpackBackend', path: where } },
    );
  }
}

function decodeNode(bb: CheckedByteBuffer, n: XNode, index: number): XnnNode {
  const where = `xnodes[${index}]`;
  const type = n.xnodeUnionType();
  const body = decodeNodeBody(bb, n, type, `${where} (${XnnNodeType[type] ?? type})`);
  const mm = n.outputMinMax();
  return {
    index,
    type: type as number as XnnNodeType,
    debugHandle: n.debugHandle(),
    outputMin: mm ? mm.outputMin() : Number.NEGATIVE_INFINITY,
    outputMax: mm ? mm.outputMax() : Number.POSITIVE_INFINITY,
    ...body,
  };
}

/**
 * Decodes an `XNNGraph` flatbuffer (identifier `XN00` or `XN01`) into plain data. Every read is
 * bounds-checked and the work is bounded by a multiple of the size; any malformation ends in a
 * `KindlingError` (`DelegateInvalidCompatibility` for a wrong identifier or unknown union member,
 * `InvalidProgram` for broken structure). Does not check cross references: see
 * {@link validateXnnGraph}.
 */
export function decodeXnnGraphFlatbuffer(bytes: Uint8Array): XnnGraph {
  return guardDecode(WHAT, () => {
    const bb = new CheckedByteBuffer(bytes, WHAT);
    if (bytes.byteLength < 8) bb.fail(`${bytes.byteLength} bytes is too small for a flatbuffer`);
    const identifier = String.fromCharCode(bytes[4]!, bytes[5]!, bytes[6]!, bytes[7]!);
    if (!XNN_GRAPH_IDENTIFIERS.includes(identifier)) {
      throw new KindlingError(
        ErrorCode.DelegateInvalidCompatibility,
        `${WHAT}: flatbuffer identifier "${identifier.replace(/[^\x20-\x7e]/g, '?')}" is not one of ${XNN_GRAPH_IDENTIFIERS.join(', ')}`,
        { context: { backend: 'XnnpackBackend', offset: 4 } },
      );
    }
    const root = bb.readUint32(0);
    if (root < 8 || root > bytes.byteLength - 4) bb.fail(`root table offset ${root} is out of range`, 0);
    const g = XNNGraph.getRootAsXNNGraph(bb);
    return {
      identifier,
      version: g.version() ?? '',
      values: readList(bb, g.xvaluesLength(), (i) =>
        decodeValue(bb, requireTable(bb, g.xvalues(i), `xvalues[${i}]`), i),
      ),
      nodes: readList(bb, g.xnodesLength(), (i) => decodeNode(bb, requireTable(bb, g.xnodes(i), `xnodes[${i}]`), i)),
      numExterns: g.numExterns(),
      inputIds: uints(bb, g.inputIdsLength(), (i) => g.inputIds(i)),
      outputIds: uints(bb, g.outputIdsLength(), (i) => g.outputIds(i)),
      constantBuffer: readList(bb, g.constantBufferLength(), (i) =>
        bytesOf(bb, requireTable(bb, g.constantBuffer(i), `constant_buffer[${i}]`).storageArray()),
      ),
      constantData: readList(bb, g.constantDataLength(), (i) => {
        const c = requireTable(bb, g.constantData(i), `constant_data[${i}]`);
        return { offset: c.offset(), size: c.size(), namedKey: c.namedKey() };
      }),
    };
  });
}

/** A decoded payload: the graph plus the payload's inline constant region. */
export interface XnnPayload {
  readonly graph: XnnGraph;
  readonly constantRegion: Uint8Array;
  readonly hasHeader: boolean;
}

/** Parses the header of an XNNPACK delegate payload and decodes its `XNNGraph`. */
export function decodeXnnPayload(payload: Uint8Array): XnnPayload {
  const parts = parseXnnPayload(payload);
  return {
    graph: decodeXnnGraphFlatbuffer(parts.flatbuffer),
    constantRegion: parts.constantData,
    hasHeader: parts.hasHeader,
  };
}
