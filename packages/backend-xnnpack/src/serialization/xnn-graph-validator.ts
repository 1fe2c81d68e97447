import { requireNamedData } from '@kindling/backend-utils';
import { ErrorCode, KindlingError, type NamedDataMap } from '@kindling/core';
import {
  nodeTypeName,
  XNN_FLAG_EXTERNAL_INPUT,
  XNN_FLAG_EXTERNAL_OUTPUT,
  XNN_INVALID_ID,
  XnnDatatype,
  type XnnGraph,
  XnnNodeType,
  type XnnValue,
} from './xnn-graph.js';

/** What {@link validateXnnGraph} checks the graph against. */
export interface XnnValidationContext {
  /** Size of the payload's inline constant region. */
  readonly constantRegionSize: number;
  /** Named data of the program (weights keyed by SHA-256). */
  readonly namedData?: NamedDataMap;
  /** Number of arguments of the delegate call, when known. */
  readonly numArgs?: number;
}

/** Largest rank accepted for a value. */
export const XNN_MAX_DIMS = 6;
const MAX_DIM = 0x7fff_ffff;
const NO_NAMED_KEY_OFFSET = 0xffff_ffff_ffff_ffffn;

function bad(message: string, context: Record<string, unknown>): never {
  throw new KindlingError(ErrorCode.DelegateInvalidCompatibility, `XNNPACK payload: ${message}`, {
    context: { backend: 'XnnpackBackend', ...context },
  });
}

/** A map from value id (`id_out`) to value, refusing duplicate ids. */
function valuesById(graph: XnnGraph): Map<number, XnnValue> {
  const byId = new Map<number, XnnValue>();
  for (const v of graph.values) {
    if (byId.has(v.id)) bad(`xvalues[${v.index}] repeats id ${v.id}`, { value: v.index });
    byId.set(v.id, v);
  }
  return byId;
}

/** Optional node inputs: these may be `XNN_INVALID_VALUE_ID`. */
function optionalInput(type: XnnNodeType, position: number): boolean {
  switch (type) {
    case XnnNodeType.FullyConnected:
    case XnnNodeType.Conv2d:
    case XnnNodeType.DepthwiseConv2d:
    case XnnNodeType.ConvTranspose2d:
      return position === 2;
    default:
      return false;
  }
}

/**
 * Checks every cross reference of a decoded graph: ids are unique; node inputs and outputs and the
 * graph's input/output ids name existing values; external values have an external id below
 * `num_externs` (and the delegate call's argument count) and no two share one; `num_dims` matches
 * the dims; constants point inside `constant_data` (or the legacy constant buffer), inline offsets
 * lie inside the constant region, named keys exist in named data, sizes cover the tensor; quant
 * params are finite, positive scales with zero points in range and scale counts matching the
 * channel dim. Throws `KindlingError` (`DelegateInvalidCompatibility`) naming the node or value.
 */
export function validateXnnGraph(graph: XnnGraph, ctx: XnnValidationContext): void {
  const byId = valuesById(graph);
  const usedExternal = new Map<number, number>();
  const numConstants = Math.max(graph.constantData.length, graph.constantBuffer.length);
  for (const v of graph.values) {
    const where = `xvalues[${v.index}] (id ${v.id})`;
    const ctxv = { value: v.index };
    if (!(v.datatype in XnnDatatype) || v.datatype === XnnDatatype.Invalid)
      bad(`${where} has datatype ${v.datatype}`, ctxv);
    if (v.dqDatatype !== XnnDatatype.Invalid && !(v.dqDatatype in XnnDatatype))
      bad(`${where} has dq_datatype ${v.dqDatatype}`, ctxv);
    if (v.dims.length > XNN_MAX_DIMS) bad(`${where} has ${v.dims.length} dims (at most ${XNN_MAX_DIMS})`, ctxv);
    if (v.dims.some((d) => d > MAX_DIM)) bad(`${where} has a dim larger than ${MAX_DIM}: [${v.dims.join(', ')}]`, ctxv);
    const external = (v.flags & (XNN_FLAG_EXTERNAL_INPUT | XNN_FLAG_EXTERNAL_OUTPUT)) !== 0;
    if (external) {
      if (v.externalId === XNN_INVALID_ID) bad(`${where} is external but has no external id`, ctxv);
      if (v.externalId >= graph.numExterns)
        bad(`${where} has external id ${v.externalId} but num_externs is ${graph.numExterns}`, ctxv);
      if (ctx.numArgs !== undefined && v.externalId >= ctx.numArgs) {
        bad(`${where} has external id ${v.externalId} but the delegate call has ${ctx.numArgs} arguments`, ctxv);
      }
      const other = usedExternal.get(v.externalId);
      if (other !== undefined) bad(`${where} and xvalues[${other}] share external id ${v.externalId}`, ctxv);
      usedExternal.set(v.externalId, v.index);
      if (v.constantBufferIdx !== 0) bad(`${where} is external and constant`, ctxv);
    }
    if (v.constantBufferIdx !== 0) validateConstant(graph, v, v.constantBufferIdx, where, ctx, numConstants);
    validateQuant(graph, v, where, ctx, numConstants);
  }
  const need = (id: number, what: string, ctxn: Record<string, unknown>): XnnValue => {
    const v = byId.get(id);
    if (!v) bad(`${what} refers to value id ${id}, which does not exist`, ctxn);
    return v;
  };
  graph.inputIds.forEach((id, i) => {
    const v = need(id, `input_ids[${i}]`, { path: `input_ids[${i}]` });
    if ((v.flags & XNN_FLAG_EXTERNAL_INPUT) === 0)
      bad(`input_ids[${i}] (id ${id}) is not flagged as an external input`, { value: v.index });
  });
  graph.outputIds.forEach((id, i) => {
    const v = need(id, `output_ids[${i}]`, { path: `output_ids[${i}]` });
    if ((v.flags & XNN_FLAG_EXTERNAL_OUTPUT) === 0)
      bad(`output_ids[${i}] (id ${id}) is not flagged as an external output`, { value: v.index });
  });
  const produced = new Set<number>();
  for (const n of graph.nodes) {
    const where = `xnodes[${n.index}] (${nodeTypeName(n.type)})`;
    const ctxn = { node: n.index, operator: nodeTypeName(n.type) };
    n.inputs.forEach((id, i) => {
      if (id === XNN_INVALID_ID && optionalInput(n.type, i)) return;
      need(id, `${where} input ${i}`, ctxn);
    });
    for (const id of n.outputs) {
      const v = need(id, `${where} output`, ctxn);
      if (v.constantBufferIdx !== 0) bad(`${where} writes constant value id ${id}`, ctxn);
      if ((v.flags & XNN_FLAG_EXTERNAL_INPUT) !== 0) bad(`${where} writes external input id ${id}`, ctxn);
      if (produced.has(id)) bad(`${where} writes value id ${id}, already written by an earlier node`, ctxn);
      produced.add(id);
    }
    if (Number.isNaN(n.outputMin) || Number.isNaN(n.outputMax) || n.outputMin > n.outputMax) {
      bad(`${where} has output range [${n.outputMin}, ${n.outputMax}]`, ctxn);
    }
    if (n.attrs.kind === 'transpose') {
      const perm = n.attrs.perm;
      const seen = new Set(perm);
      if (seen.size !== perm.length || perm.some((p) => p >= perm.length))
        bad(`${where} has perm [${perm.join(', ')}]`, ctxn);
    }
    if (n.attrs.kind === 'pad' && n.attrs.prePaddings.length !== n.attrs.postPaddings.length) {
      bad(
        `${where} has ${n.attrs.prePaddings.length} pre paddings but ${n.attrs.postPaddings.length} post paddings`,
        ctxn,
      );
    }
    if (n.attrs.kind === 'conv') {
      const c = n.attrs.conv;
      if (c.kernelHeight === 0 || c.kernelWidth === 0 || c.subsamplingHeight === 0 || c.subsamplingWidth === 0) {
        bad(`${where} has a zero kernel size or stride`, ctxn);
      }
      if (c.dilationHeight === 0 || c.dilationWidth === 0 || c.groups === 0)
        bad(`${where} has a zero dilation or group count`, ctxn);
    }
    if (n.attrs.kind === 'pool') {
      const p = n.attrs.pool;
      if (p.poolingHeight === 0 || p.poolingWidth === 0 || p.strideHeight === 0 || p.strideWidth === 0) {
        bad(`${where} has a zero pooling size or stride`, ctxn);
      }
      if (p.dilationHeight === 0 || p.dilationWidth === 0) bad(`${where} has a zero dilation`, ctxn);
    }
  }
}

function validateConstant(
  graph: XnnGraph,
  v: XnnValue,
  idx: number,
  where: string,
  ctx: XnnValidationContext,
  numConstants: number,
): void {
  const ctxv = { value: v.index };
  if (idx >= numConstants) bad(`${where} has constant_buffer_idx ${idx} but there are ${numConstants} constants`, ctxv);
  if (graph.constantData.length === 0) return; // legacy constant_buffer: sizes checked when bound
  const c = graph.constantData[idx]!;
  if (c.namedKey !== null && c.namedKey !== '') {
    requireNamedData(ctx.namedData, c.namedKey, {
      bytes: c.size,
      code: ErrorCode.DelegateInvalidCompatibility,
      where: `XNNPACK payload: ${where}`,
      context: { backend: 'XnnpackBackend', ...ctxv },
    });
    return;
  }
  if (c.offset === NO_NAMED_KEY_OFFSET)
    bad(`${where}: constant_data[${idx}] has neither an offset nor a named key`, ctxv);
  if (c.offset + c.size > BigInt(ctx.constantRegionSize)) {
    bad(
      `${where}: constant_data[${idx}] [${c.offset}, +${c.size}) lies outside the ${ctx.constantRegionSize}-byte constant region`,
      ctxv,
    );
  }
}

/**
 * Blockwise (`qbint4`) weights: a 2-D `[channels, k]` filter with channel dim 0, `k` split into
 * whole blocks of `groupSize`, and one scale per channel and block.
 */
function validateBlockwise(v: XnnValue, channelDim: number, groupSize: number, count: number, where: string): void {
  const ctxv = { value: v.index, datatype: XnnDatatype[v.datatype] ?? v.datatype, dims: v.dims, groupSize };
  if (v.datatype !== XnnDatatype.QBInt4)
    bad(`${where} has blockwise quantization but datatype ${XnnDatatype[v.datatype] ?? v.datatype} (not QBInt4)`, ctxv);
  if (v.dims.length !== 2 || channelDim !== 0)
    bad(
      `${where} is blockwise over dims [${v.dims.join(', ')}] with channel dim ${channelDim} (needs [channels, k], 0)`,
      ctxv,
    );
  const [channels, k] = v.dims as [number, number];
  if (!(groupSize > 0) || k % groupSize !== 0)
    bad(`${where} has block size ${groupSize}, which does not divide its ${k} input channels`, ctxv);
  const need = channels * (k / groupSize);
  if (count !== need)
    bad(`${where} has ${count} scales for ${channels} channels of ${k / groupSize} blocks (${need})`, {
      ...ctxv,
      numScales: count,
    });
}

function validateQuant(
  graph: XnnGraph,
  v: XnnValue,
  where: string,
  ctx: XnnValidationContext,
  numConstants: number,
): void {
  const q = v.quant;
  const ctxv = { value: v.index };
  if (q === null) return;
  const goodScale = (s: number) => Number.isFinite(s) && s > 0;
  switch (q.kind) {
    case 'per-tensor':
      if (!goodScale(q.scale)) bad(`${where} has quantization scale ${q.scale}`, ctxv);
      if (v.datatype === XnnDatatype.QInt8 && (q.zeroPoint < -128 || q.zeroPoint > 127)) {
        bad(`${where} has int8 zero point ${q.zeroPoint}`, ctxv);
      }
      if (v.datatype === XnnDatatype.QUInt8 && (q.zeroPoint < 0 || q.zeroPoint > 255)) {
        bad(`${where} has uint8 zero point ${q.zeroPoint}`, ctxv);
      }
      return;
    case 'per-channel':
    case 'per-channel-group': {
      if (q.channelDim < 0 || q.channelDim >= Math.max(v.dims.length, 1))
        bad(`${where} has channel dim ${q.channelDim}`, ctxv);
      const inline = q.scales.length;
      if (inline > 0) {
        if (!q.scales.every(goodScale)) bad(`${where} has a non-positive or non-finite scale`, ctxv);
      } else {
        if (q.scaleBufferIdx === 0 || q.scaleBufferIdx >= numConstants) {
          bad(`${where} has scale_buffer_idx ${q.scaleBufferIdx} but there are ${numConstants} constants`, ctxv);
        }
        validateConstant(graph, v, q.scaleBufferIdx, `${where} scales`, ctx, numConstants);
        // Per-channel scales in a buffer are fp32, blockwise ones bf16.
        const need = BigInt(q.numScales * (q.kind === 'per-channel' ? 4 : 2));
        const c = graph.constantData[q.scaleBufferIdx];
        if (c && c.size < need) {
          bad(`${where} has ${q.numScales} scales, which need ${need} bytes, but its scale buffer has ${c.size}`, {
            ...ctxv,
            scaleBufferIdx: q.scaleBufferIdx,
          });
        }
      }
      const channels = v.dims[q.channelDim] ?? 1;
      const count = inline > 0 ? inline : q.numScales;
      if (q.kind === 'per-channel' && count !== channels) {
        bad(`${where} has ${count} scales for ${channels} channels`, ctxv);
      }
      if (q.kind === 'per-channel-group') validateBlockwise(v, q.channelDim, q.groupSize, count, where);
      return;
    }
    case 'per-token-dynamic':
      if (q.numNonbatchDims < 0 || q.numNonbatchDims > XNN_MAX_DIMS)
        bad(`${where} has num_nonbatch_dims ${q.numNonbatchDims}`, ctxv);
      return;
  }
}
