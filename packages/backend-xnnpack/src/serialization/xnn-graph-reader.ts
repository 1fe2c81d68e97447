import { CheckedByteBuffer, checkCount as checkElementCount, guardDecode, readList } from '@kindling/backend-utils';
import { ErrorCode, KindlingError } from '@kindling/core';
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

/**
 * One table of the `XNNGraph` flatbuffer (schema/xnnpack.fbs), read field by field through the
 * bounds-checked, budgeted buffer: field `f` is the f-th slot of the table's vtable (a union takes
 * two: its type, then its value). Written by hand instead of the generated classes, which an app
 * would otherwise carry whole (the writer, in the `./partitioner` entry, still uses them).
 */
class Table {
  constructor(
    readonly bb: CheckedByteBuffer,
    readonly pos: number,
  ) {}
  /** Where field `f` is, 0 when absent. */
  at(f: number): number {
    const o = this.bb.__offset(this.pos, 4 + 2 * f);
    return o ? this.pos + o : 0;
  }
  u32(f: number): number {
    const at = this.at(f);
    return at ? this.bb.readUint32(at) : 0;
  }
  i32(f: number): number {
    const at = this.at(f);
    return at ? this.bb.readInt32(at) : 0;
  }
  i16(f: number): number {
    const at = this.at(f);
    return at ? this.bb.readInt16(at) : 0;
  }
  u8(f: number): number {
    const at = this.at(f);
    return at ? this.bb.readUint8(at) : 0;
  }
  f32(f: number): number {
    const at = this.at(f);
    return at ? this.bb.readFloat32(at) : 0;
  }
  u64(f: number): bigint {
    const at = this.at(f);
    return at ? this.bb.readUint64(at) : 0n;
  }
  str(f: number): string | null {
    const at = this.at(f);
    return at ? (this.bb.__string(at) as string) : null;
  }
  /** The table of field `f` (a table or a union's value); a `KindlingError` when absent and `what` is given. */
  table(f: number, what: string): Table {
    const at = this.at(f);
    if (!at) this.bb.fail(`missing ${what}`);
    return new Table(this.bb, this.bb.__indirect(at));
  }
  optionalTable(f: number): Table | null {
    const at = this.at(f);
    return at ? new Table(this.bb, this.bb.__indirect(at)) : null;
  }
  /** Start and length of the vector of field `f` (elements of `size` bytes, all in the buffer). */
  vector(f: number, size: number): { start: number; length: number } {
    const at = this.at(f);
    return at ? this.bb.vector(at, size) : { start: 0, length: 0 };
  }
  uints(f: number): number[] {
    const { start, length } = this.vector(f, 4);
    return readList(this.bb, length, (i) => this.bb.readUint32(start + 4 * i));
  }
  floats(f: number): Float32Array {
    const { start, length } = this.vector(f, 4);
    checkElementCount(this.bb, length);
    const out = new Float32Array(length);
    for (let i = 0; i < length; i++) out[i] = this.bb.readFloat32(start + 4 * i);
    return out;
  }
  /** A byte vector as a view (no copy). */
  bytes(f: number): Uint8Array {
    const at = this.at(f);
    if (!at) return new Uint8Array(0);
    const start = this.bb.__vector(at);
    const length = this.bb.readUint32(start - 4);
    this.bb.charge(1 + (length >> 6));
    return this.bb.view(start, length);
  }
  /** The tables of a vector of tables, each required. */
  tables<T>(f: number, what: string, read: (t: Table, i: number) => T): T[] {
    const { start, length } = this.vector(f, 4);
    return readList(this.bb, length, (i) => {
      const at = start + 4 * i;
      if (this.bb.readUint32(at) === 0) this.bb.fail(`missing ${what}[${i}]`);
      return read(new Table(this.bb, this.bb.__indirect(at)), i);
    });
  }
}

function unknownMember(what: string, where: string, type: number): never {
  throw new KindlingError(ErrorCode.DelegateInvalidCompatibility, `${WHAT}: ${where} has unknown ${what} ${type}`, {
    context: { backend: 'XnnpackBackend', path: where },
  });
}

/** Members of the union `XnnQuantParams`. */
enum Quant {
  PerChannel = 1,
  PerTensor = 2,
  PerTokenDynamic = 3,
  PerChannelGroup = 4,
}

function decodeQuant(q: Table, where: string): XnnQuantParams {
  const type = q.u8(1);
  if (type < Quant.PerChannel || type > Quant.PerChannelGroup)
    unknownMember('quantization parameters type', where, type);
  const p = q.table(2, `${where} quant_params`);
  switch (type) {
    case Quant.PerTensor:
      return { kind: 'per-tensor', scale: p.f32(0), zeroPoint: p.i32(1) };
    case Quant.PerChannel:
      return {
        kind: 'per-channel',
        channelDim: p.i32(1),
        scales: p.floats(0),
        scaleBufferIdx: p.u32(2),
        numScales: p.u32(3),
      };
    case Quant.PerChannelGroup:
      return {
        kind: 'per-channel-group',
        channelDim: p.i32(1),
        groupSize: p.i32(2),
        scales: p.floats(0),
        scaleBufferIdx: p.u32(4),
        numScales: p.u32(5),
      };
    default:
      return { kind: 'per-token-dynamic', numNonbatchDims: p.i32(0) };
  }
}

function decodeValue(v: Table, index: number): XnnValue {
  const where = `xvalues[${index}]`;
  const type = v.u8(0); // XvalueUnion: 1 XNNTensorValue, 2 XNNQuantizedTensorValue
  let t: Table;
  let quant: XnnQuantParams | null = null;
  if (type === 1) {
    t = v.table(1, `${where} tensor value`);
  } else if (type === 2) {
    const q = v.table(1, `${where} quantized tensor value`);
    t = q.table(0, `${where} tensor_value`);
    quant = decodeQuant(q, where);
  } else unknownMember('value type', where, type);
  const dims = t.uints(2);
  const numDims = t.u32(1);
  if (numDims !== dims.length) {
    throw new KindlingError(
      ErrorCode.DelegateInvalidCompatibility,
      `${WHAT}: ${where} has num_dims ${numDims} but ${dims.length} dims`,
      { context: { backend: 'XnnpackBackend', path: where, value: index } },
    );
  }
  return {
    index,
    id: t.u32(6),
    datatype: t.i16(0) as XnnDatatype,
    dims,
    constantBufferIdx: t.u32(3),
    externalId: t.u32(4),
    flags: t.u32(5),
    dqDatatype: t.i16(7) as XnnDatatype,
    quant,
  };
}

/** `_XNNNodeConv`: fields 0..14 are the attributes. */
function convAttrs(c: Table): XnnConvAttrs {
  return {
    paddingTop: c.u32(0),
    paddingRight: c.u32(1),
    paddingBottom: c.u32(2),
    paddingLeft: c.u32(3),
    kernelHeight: c.u32(4),
    kernelWidth: c.u32(5),
    subsamplingHeight: c.u32(6),
    subsamplingWidth: c.u32(7),
    dilationHeight: c.u32(8),
    dilationWidth: c.u32(9),
    groupInputChannels: c.u32(10),
    groupOutputChannels: c.u32(11),
    groups: c.u32(12),
    adjustmentHeight: c.u32(13),
    adjustmentWidth: c.u32(14),
  };
}

/** `_XNNPooling2D` (`full`: strides and dilations in fields 6..9) or `XNNArgMaxPooling2d`. */
function poolAttrs(p: Table, full: boolean): XnnPoolAttrs {
  const poolingHeight = p.u32(4);
  const poolingWidth = p.u32(5);
  return {
    paddingTop: p.u32(0),
    paddingRight: p.u32(1),
    paddingBottom: p.u32(2),
    paddingLeft: p.u32(3),
    poolingHeight,
    poolingWidth,
    strideHeight: full ? p.u32(6) : poolingHeight,
    strideWidth: full ? p.u32(7) : poolingWidth,
    // Average pooling has no dilation in XNNPACK and its writer leaves the fields 0.
    dilationHeight: full ? Math.max(1, p.u32(8)) : 1,
    dilationWidth: full ? Math.max(1, p.u32(9)) : 1,
  };
}

type Shape = Omit<XnnNode, 'index' | 'type' | 'debugHandle' | 'outputMin' | 'outputMax'>;
const NONE: XnnNodeAttrs = { kind: 'none' };

/** A node of `inputs` and one output, the output id and flags in the fields after the inputs' (`first`..). */
function simple(t: Table, inputs: readonly number[], first: number, attrs: XnnNodeAttrs = NONE): Shape {
  return { inputs: inputs.map((f) => t.u32(f)), outputs: [t.u32(first)], flags: t.u32(first + 1), attrs };
}

function decodeNodeBody(n: Table, type: number, where: string): Shape {
  const t = () => n.table(1, `${where} payload`);
  switch (type) {
    case XnnNodeType.Add:
    case XnnNodeType.Div:
    case XnnNodeType.Minimum:
    case XnnNodeType.Maximum:
    case XnnNodeType.Multiply:
    case XnnNodeType.Subtract:
    case XnnNodeType.PReLU:
    case XnnNodeType.BatchMatrixMultiply:
      return simple(t(), [0, 1], 2);
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
      return simple(t(), [0], 1);
    case XnnNodeType.FullyConnected:
      return simple(t(), [0, 1, 2], 3);
    case XnnNodeType.Conv2d:
    case XnnNodeType.DepthwiseConv2d:
    case XnnNodeType.ConvTranspose2d: {
      const c = t();
      return simple(c, [15, 16, 17], 18, { kind: 'conv', conv: convAttrs(c) });
    }
    case XnnNodeType.AvgPooling2d:
    case XnnNodeType.MaxPooling2d: {
      const p = t();
      return simple(p, [10], 11, { kind: 'pool', pool: poolAttrs(p, true) });
    }
    case XnnNodeType.ArgMaxPooling2d: {
      const p = t();
      return {
        inputs: [p.u32(6)],
        outputs: [p.u32(7), p.u32(8)],
        flags: p.u32(9),
        attrs: { kind: 'pool', pool: poolAttrs(p, false) },
      };
    }
    case XnnNodeType.Concatenate2:
    case XnnNodeType.Concatenate3:
    case XnnNodeType.Concatenate4:
    case XnnNodeType.Concatenate5: {
      const c = t();
      const count =
        type === XnnNodeType.Concatenate2
          ? 2
          : type === XnnNodeType.Concatenate3
            ? 3
            : type === XnnNodeType.Concatenate4
              ? 4
              : 5;
      // _XNNCat: axis, input1..input4, output, flags, input5.
      const inputs = [1, 2, 3, 4, 7].slice(0, count).map((f) => c.u32(f));
      return { inputs, outputs: [c.u32(5)], flags: c.u32(6), attrs: { kind: 'cat', axis: c.u32(0) } };
    }
    case XnnNodeType.StaticTranspose: {
      const x = t();
      const perm = x.uints(1);
      checkCount(x.u32(0), perm.length, `${where} perm`);
      return simple(x, [2], 3, { kind: 'transpose', perm });
    }
    case XnnNodeType.StaticReshape: {
      const x = t();
      const newShape = x.uints(1);
      checkCount(x.u32(0), newShape.length, `${where} new_shape`);
      return simple(x, [2], 3, { kind: 'reshape', newShape });
    }
    case XnnNodeType.StaticSlice: {
      const x = t();
      const offsets = x.uints(1);
      const sizes = x.uints(2);
      checkCount(x.u32(0), offsets.length, `${where} offsets`);
      checkCount(x.u32(0), sizes.length, `${where} sizes`);
      return simple(x, [3], 4, { kind: 'slice', offsets, sizes });
    }
    case XnnNodeType.StaticConstantPad: {
      const x = t();
      return simple(x, [3], 4, {
        kind: 'pad',
        prePaddings: x.uints(0),
        postPaddings: x.uints(1),
        paddingValue: x.f32(2),
      });
    }
    case XnnNodeType.StaticResizeBilinear2D: {
      const x = t();
      return simple(x, [2], 3, { kind: 'resize', newHeight: x.u32(0), newWidth: x.u32(1) });
    }
    case XnnNodeType.ScaledDotProductAttention:
      return simple(t(), [0, 1, 2, 3, 4], 5);
    case XnnNodeType.ELU: {
      const x = t();
      return simple(x, [1], 2, { kind: 'elu', alpha: x.f32(0) });
    }
    case XnnNodeType.LeakyReLU: {
      const x = t();
      return simple(x, [1], 2, { kind: 'leaky-relu', negativeSlope: x.f32(0) });
    }
    default:
      return unknownMember('node type', where, type);
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

/** `XNode`: the union's type and value, `debug_handle`, `output_min_max`. */
function decodeNode(n: Table, index: number): XnnNode {
  const where = `xnodes[${index}]`;
  const type = n.u8(0);
  const body = decodeNodeBody(n, type, `${where} (${XnnNodeType[type] ?? type})`);
  const mm = n.optionalTable(3);
  return {
    index,
    type: type as XnnNodeType,
    debugHandle: n.u32(2),
    outputMin: mm ? mm.f32(0) : Number.NEGATIVE_INFINITY,
    outputMax: mm ? mm.f32(1) : Number.POSITIVE_INFINITY,
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
    // XNNGraph: version, xnodes, xvalues, num_externs, input_ids, output_ids, constant_buffer,
    // mem_buffer_sizes (ignored), constant_data.
    const g = new Table(bb, root);
    return {
      identifier,
      version: g.str(0) ?? '',
      values: g.tables(2, 'xvalues', decodeValue),
      nodes: g.tables(1, 'xnodes', decodeNode),
      numExterns: g.u32(3),
      inputIds: g.uints(4),
      outputIds: g.uints(5),
      constantBuffer: g.tables(6, 'constant_buffer', (b) => b.bytes(0)),
      constantData: g.tables(8, 'constant_data', (c) => ({ offset: c.u64(0), size: c.u64(1), namedKey: c.str(2) })),
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
