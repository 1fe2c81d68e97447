// Writes small Vulkan payloads (VH00 header + VK00 VkGraph) for tests, with the flatbuffers library:
// field ids follow ExecuTorch's schema.fbs (VkGraph: version 0, chain 1, values 2, input_ids 3,
// output_ids 4, constants 5; VkTensor: datatype 0, dims 1, constant_id 2, mem_obj_id 3).
import { Builder } from 'flatbuffers';

type TestValue =
  | { kind: 'tensor'; dtype?: number; dims: number[]; constant?: number; memObj?: number }
  | { kind: 'int'; value: number }
  | { kind: 'double'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'ints'; value: number[] }
  | { kind: 'doubles'; value: number[] }
  | { kind: 'list'; value: number[] }
  | { kind: 'string'; value: string }
  | { kind: 'symint' };

export interface TestGraph {
  values: TestValue[];
  chain: { name: string; args: number[] }[];
  inputs: number[];
  outputs: number[];
  /** Constants: raw bytes placed in the payload's raw-bytes section, or a named-data key. */
  constants: ({ raw: Uint8Array } | { key: string; length: number })[];
}

function value(b: Builder, v: TestValue): number {
  let kind: number;
  let body: number;
  switch (v.kind) {
    case 'tensor': {
      b.startVector(4, v.dims.length, 4);
      for (let i = v.dims.length - 1; i >= 0; i--) b.addInt32(v.dims[i]!);
      const dimsVec = b.endVector();
      b.startObject(7);
      b.addFieldInt8(0, v.dtype ?? 5, 0);
      b.addFieldOffset(1, dimsVec, 0);
      b.addFieldInt32(2, v.constant ?? -1, 0);
      b.addFieldInt32(3, v.memObj ?? -1, 0);
      body = b.endObject();
      kind = 5;
      break;
    }
    case 'int':
      b.startObject(1);
      b.addFieldInt64(0, BigInt(v.value), 0n);
      body = b.endObject();
      kind = 2;
      break;
    case 'double':
      b.startObject(1);
      b.addFieldFloat64(0, v.value, 0);
      body = b.endObject();
      kind = 3;
      break;
    case 'bool':
      b.startObject(1);
      b.addFieldInt8(0, v.value ? 1 : 0, 0);
      body = b.endObject();
      kind = 4;
      break;
    case 'null':
      b.startObject(0);
      body = b.endObject();
      kind = 1;
      break;
    case 'ints': {
      b.startVector(8, v.value.length, 8);
      for (let i = v.value.length - 1; i >= 0; i--) b.addInt64(BigInt(v.value[i]!));
      const items = b.endVector();
      b.startObject(1);
      b.addFieldOffset(0, items, 0);
      body = b.endObject();
      kind = 6;
      break;
    }
    case 'doubles': {
      b.startVector(8, v.value.length, 8);
      for (let i = v.value.length - 1; i >= 0; i--) b.addFloat64(v.value[i]!);
      const items = b.endVector();
      b.startObject(1);
      b.addFieldOffset(0, items, 0);
      body = b.endObject();
      kind = 7;
      break;
    }
    case 'list': {
      b.startVector(4, v.value.length, 4);
      for (let i = v.value.length - 1; i >= 0; i--) b.addInt32(v.value[i]!);
      const items = b.endVector();
      b.startObject(1);
      b.addFieldOffset(0, items, 0);
      body = b.endObject();
      kind = 9;
      break;
    }
    case 'symint':
      b.startObject(1);
      b.addFieldInt32(0, 0, 0);
      body = b.endObject();
      kind = 11;
      break;
    case 'string': {
      const s = b.createString(v.value);
      b.startObject(1);
      b.addFieldOffset(0, s, 0);
      body = b.endObject();
      kind = 10;
      break;
    }
  }
  b.startObject(2);
  b.addFieldInt8(0, kind, 0);
  b.addFieldOffset(1, body, 0);
  return b.endObject();
}

function vectorOf(b: Builder, offsets: number[]): number {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i]!);
  return b.endVector();
}

function u32s(b: Builder, xs: number[]): number {
  b.startVector(4, xs.length, 4);
  for (let i = xs.length - 1; i >= 0; i--) b.addInt32(xs[i]!);
  return b.endVector();
}

/** The payload bytes of `g`. */
export function buildVkPayload(g: TestGraph): Uint8Array {
  const b = new Builder(1024);
  const values = g.values.map((v) => value(b, v));
  const chain = g.chain.map((c) => {
    const name = b.createString(c.name);
    const args = u32s(b, c.args);
    b.startObject(3);
    b.addFieldInt32(0, 0, -1);
    b.addFieldOffset(1, name, 0);
    b.addFieldOffset(2, args, 0);
    return b.endObject();
  });
  let rawOffset = 0;
  const raw: Uint8Array[] = [];
  const constants = g.constants.map((c) => {
    const key = 'key' in c ? b.createString(c.key) : 0;
    b.startObject(3);
    if ('raw' in c) {
      b.addFieldInt64(0, BigInt(rawOffset), -1n);
      b.addFieldInt64(1, BigInt(c.raw.byteLength), -1n);
      raw.push(c.raw);
      rawOffset += c.raw.byteLength;
    } else {
      b.addFieldInt64(0, 2n ** 64n - 1n, 0n);
      b.addFieldInt64(1, BigInt(c.length), -1n);
      b.addFieldOffset(2, key, 0);
    }
    return b.endObject();
  });
  const version = b.createString('0');
  const chainVec = vectorOf(b, chain);
  const valuesVec = vectorOf(b, values);
  const inputs = u32s(b, g.inputs);
  const outputs = u32s(b, g.outputs);
  const constantsVec = vectorOf(b, constants);
  b.startObject(9);
  b.addFieldOffset(0, version, 0);
  b.addFieldOffset(1, chainVec, 0);
  b.addFieldOffset(2, valuesVec, 0);
  b.addFieldOffset(3, inputs, 0);
  b.addFieldOffset(4, outputs, 0);
  b.addFieldOffset(5, constantsVec, 0);
  b.finish(b.endObject(), 'VK00');
  const flat = b.asUint8Array();
  const align = (n: number) => Math.ceil(n / 16) * 16;
  const fbOffset = 32;
  const rawStart = align(fbOffset + flat.byteLength);
  const out = new Uint8Array(rawStart + rawOffset);
  const view = new DataView(out.buffer);
  out.set([0x56, 0x48, 0x30, 0x30], 4); // VH00
  view.setUint16(8, 30, true);
  view.setUint32(10, fbOffset, true);
  view.setUint32(14, flat.byteLength, true);
  view.setUint32(18, rawStart, true);
  view.setBigUint64(22, BigInt(rawOffset), true);
  out.set(flat, fbOffset);
  let at = rawStart;
  for (const r of raw) {
    out.set(r, at);
    at += r.byteLength;
  }
  return out;
}
