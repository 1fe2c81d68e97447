/**
 * Writes a decoded-form {@link VkGraph} as ExecuTorch's Vulkan payload: the `VK00` flatbuffer (field
 * ids of ExecuTorch's `schema.fbs`) behind the 30-byte `VH00` header, with an optional raw-bytes
 * section. Decoding what this writes with {@link decodeVkGraph} gives back the same graph.
 */
import { Builder } from 'flatbuffers';
import {
  VK_GRAPH_IDENTIFIER,
  type VkBytes,
  type VkGraph,
  type VkValue,
  VkValueKind,
} from '../serialization/vk-graph.js';
import { VK_HEADER_LENGTH, VK_HEADER_MAGIC } from '../serialization/vk-header.js';

/** `VkBytes.offset` of a constant whose bytes are in the program's named data. */
export const NAMED_DATA_OFFSET = 2n ** 64n - 1n;

/** Sections of the payload start at multiples of this. */
const SECTION_ALIGNMENT = 16;

function u32Vector(b: Builder, xs: readonly number[]): number {
  b.startVector(4, xs.length, 4);
  for (let i = xs.length - 1; i >= 0; i--) b.addInt32(xs[i]! | 0);
  return b.endVector();
}

function offsetVector(b: Builder, offsets: readonly number[]): number {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i]!);
  return b.endVector();
}

/** The union body of one value (a table), or 0 for a kind without one. */
function valueBody(b: Builder, v: VkValue): number {
  switch (v.kind) {
    case VkValueKind.None:
      return 0;
    case VkValueKind.Null:
      b.startObject(0);
      return b.endObject();
    case VkValueKind.Int:
      b.startObject(1);
      b.addFieldInt64(0, v.value, 0n);
      return b.endObject();
    case VkValueKind.Double:
      b.startObject(1);
      b.addFieldFloat64(0, v.value, 0);
      return b.endObject();
    case VkValueKind.Bool:
      b.startObject(1);
      b.addFieldInt8(0, v.value ? 1 : 0, 0);
      return b.endObject();
    case VkValueKind.Tensor: {
      const dims = u32Vector(b, v.dims);
      b.startObject(7);
      b.addFieldInt8(0, v.dtype, 0);
      b.addFieldOffset(1, dims, 0);
      // written even when 0: the schema's default (0) is not "no constant"
      b.addFieldInt32(2, v.constantId, 0x7fffffff);
      b.addFieldInt32(3, v.memObjId, 0x7fffffff);
      b.addFieldInt8(4, v.storageType, 255);
      b.addFieldInt8(5, v.memoryLayout, 255);
      b.addFieldInt8(6, v.stagingDtype, 127);
      return b.endObject();
    }
    case VkValueKind.IntList: {
      b.startVector(8, v.value.length, 8);
      for (let i = v.value.length - 1; i >= 0; i--) b.addInt64(v.value[i]!);
      const items = b.endVector();
      b.startObject(1);
      b.addFieldOffset(0, items, 0);
      return b.endObject();
    }
    case VkValueKind.DoubleList: {
      b.startVector(8, v.value.length, 8);
      for (let i = v.value.length - 1; i >= 0; i--) b.addFloat64(v.value[i]!);
      const items = b.endVector();
      b.startObject(1);
      b.addFieldOffset(0, items, 0);
      return b.endObject();
    }
    case VkValueKind.BoolList: {
      b.startVector(1, v.value.length, 1);
      for (let i = v.value.length - 1; i >= 0; i--) b.addInt8(v.value[i] ? 1 : 0);
      const items = b.endVector();
      b.startObject(1);
      b.addFieldOffset(0, items, 0);
      return b.endObject();
    }
    case VkValueKind.ValueList: {
      const items = u32Vector(b, v.value);
      b.startObject(1);
      b.addFieldOffset(0, items, 0);
      return b.endObject();
    }
    case VkValueKind.String: {
      const s = b.createString(v.value);
      b.startObject(1);
      b.addFieldOffset(0, s, 0);
      return b.endObject();
    }
    case VkValueKind.SymInt:
      b.startObject(1);
      b.addFieldInt32(0, v.value, 0x7fffffff);
      return b.endObject();
  }
}

function bytesEntry(b: Builder, c: VkBytes): number {
  const key = c.namedKey === null ? 0 : b.createString(c.namedKey);
  b.startObject(3);
  b.addFieldInt64(0, c.offset, -1n);
  b.addFieldInt64(1, c.length, -1n);
  if (key) b.addFieldOffset(2, key, 0);
  return b.endObject();
}

/** The `VK00` flatbuffer of `graph`. */
export function encodeVkGraphFlatbuffer(graph: VkGraph): Uint8Array {
  const b = new Builder(1024);
  const values = graph.values.map((v) => {
    const body = valueBody(b, v);
    b.startObject(2);
    b.addFieldInt8(0, v.kind, 0);
    if (body) b.addFieldOffset(1, body, 0);
    return b.endObject();
  });
  const chain = graph.chain.map((c) => {
    const name = b.createString(c.name);
    const args = u32Vector(b, c.args);
    b.startObject(3);
    b.addFieldInt32(0, c.nodeId, 0x7fffffff);
    b.addFieldOffset(1, name, 0);
    b.addFieldOffset(2, args, 0);
    return b.endObject();
  });
  const constants = graph.constants.map((c) => bytesEntry(b, c));
  const shaders = graph.shaders.map((c) => bytesEntry(b, c));
  const version = b.createString(graph.version);
  const chainVec = offsetVector(b, chain);
  const valuesVec = offsetVector(b, values);
  const inputs = u32Vector(b, graph.inputIds);
  const outputs = u32Vector(b, graph.outputIds);
  const constantsVec = offsetVector(b, constants);
  const shadersVec = offsetVector(b, shaders);
  b.startObject(9);
  b.addFieldOffset(0, version, 0);
  b.addFieldOffset(1, chainVec, 0);
  b.addFieldOffset(2, valuesVec, 0);
  b.addFieldOffset(3, inputs, 0);
  b.addFieldOffset(4, outputs, 0);
  b.addFieldOffset(5, constantsVec, 0);
  b.addFieldOffset(6, shadersVec, 0);
  b.finish(b.endObject(), VK_GRAPH_IDENTIFIER);
  return b.asUint8Array().slice();
}

const align = (n: number): number => Math.ceil(n / SECTION_ALIGNMENT) * SECTION_ALIGNMENT;

/** The payload: the `VH00` header, the flatbuffer, then `rawBytes` (constants stored inline). */
export function encodeVkPayload(graph: VkGraph, rawBytes: Uint8Array = new Uint8Array(0)): Uint8Array {
  const flat = encodeVkGraphFlatbuffer(graph);
  const flatOffset = align(VK_HEADER_LENGTH);
  const rawOffset = align(flatOffset + flat.byteLength);
  const out = new Uint8Array(rawOffset + rawBytes.byteLength);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[4 + i] = VK_HEADER_MAGIC.charCodeAt(i);
  view.setUint16(8, VK_HEADER_LENGTH, true);
  view.setUint32(10, flatOffset, true);
  view.setUint32(14, flat.byteLength, true);
  view.setUint32(18, rawOffset, true);
  view.setBigUint64(22, BigInt(rawBytes.byteLength), true);
  out.set(flat, flatOffset);
  out.set(rawBytes, rawOffset);
  return out;
}
