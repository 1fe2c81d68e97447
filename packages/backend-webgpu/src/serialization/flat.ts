import { ErrorCode, KindlingError } from '@kindling/core';

/**
 * A small bounds-checked FlatBuffers reader for the VkGraph payload. Tables are byte positions and
 * fields are schema ids (declaration order). Every read is checked against the buffer, and every
 * field and vector element read is charged to a budget proportional to the buffer's size, so that
 * shared or cyclic tables cannot make decoding slower or larger than the payload justifies.
 */
export interface Flat {
  readonly view: DataView;
  readonly size: number;
  budget: number;
}

const STEPS_PER_BYTE = 4;
const STEPS_BASE = 4096;

/** Throws the payload error of this backend (`DelegateInvalidCompatibility`). */
export function invalid(message: string, context: Record<string, unknown> = {}): never {
  throw new KindlingError(ErrorCode.DelegateInvalidCompatibility, `Vulkan payload: ${message}`, {
    context: { backend: 'VulkanBackend', ...context },
  });
}

function ensure(f: Flat, pos: number, length: number): void {
  if (!(pos >= 0 && length >= 0 && pos + length <= f.size)) {
    invalid(`read of ${length} bytes at offset ${pos} is outside the ${f.size}-byte VkGraph`, { offset: pos });
  }
}

function charge(f: Flat, steps: number): void {
  f.budget -= steps;
  if (f.budget < 0) invalid('the VkGraph structure is larger than its size can justify (shared or cyclic tables)');
}

function u32(f: Flat, pos: number): number {
  ensure(f, pos, 4);
  return f.view.getUint32(pos, true);
}

function i32(f: Flat, pos: number): number {
  ensure(f, pos, 4);
  return f.view.getInt32(pos, true);
}

/** Opens a flatbuffer; returns the reader and its root table. */
export function openFlat(bytes: Uint8Array): [Flat, number] {
  const f: Flat = {
    view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    size: bytes.byteLength,
    budget: STEPS_PER_BYTE * bytes.byteLength + STEPS_BASE,
  };
  if (f.size < 8) invalid(`${f.size} bytes is too small for a VkGraph`);
  const root = u32(f, 0);
  if (root < 8 || root > f.size - 4) invalid(`root table offset ${root} is out of range`, { offset: 0 });
  return [f, root];
}

/** The file identifier (bytes 4-8). */
export function identifier(f: Flat): string {
  ensure(f, 4, 4);
  return String.fromCharCode(f.view.getUint8(4), f.view.getUint8(5), f.view.getUint8(6), f.view.getUint8(7));
}

/** Position of field `id` of `table`, 0 when absent. */
function field(f: Flat, table: number, id: number): number {
  charge(f, 1);
  const vtable = table - i32(f, table);
  ensure(f, vtable, 4);
  const vtableSize = f.view.getUint16(vtable, true);
  if (vtableSize < 4 || vtableSize % 2 !== 0) invalid(`invalid vtable size ${vtableSize}`, { offset: vtable });
  const slot = 4 + 2 * id;
  if (slot >= vtableSize) return 0;
  ensure(f, vtable + slot, 2);
  const offset = f.view.getUint16(vtable + slot, true);
  return offset === 0 ? 0 : table + offset;
}

/** An unsigned 8-bit field (`fallback` when absent). */
export function u8(f: Flat, table: number, id: number, fallback = 0): number {
  const pos = field(f, table, id);
  if (!pos) return fallback;
  ensure(f, pos, 1);
  return f.view.getUint8(pos);
}

/** A signed 8-bit field (`fallback` when absent). */
export function i8(f: Flat, table: number, id: number, fallback = 0): number {
  const pos = field(f, table, id);
  if (!pos) return fallback;
  ensure(f, pos, 1);
  return f.view.getInt8(pos);
}

/** A signed 32-bit field (0 when absent). */
export function int32(f: Flat, table: number, id: number): number {
  const pos = field(f, table, id);
  return pos ? i32(f, pos) : 0;
}

/** An unsigned 32-bit field (0 when absent). */
export function uint32(f: Flat, table: number, id: number): number {
  const pos = field(f, table, id);
  return pos ? u32(f, pos) : 0;
}

/** A 64-bit integer field (0 when absent). */
export function int64(f: Flat, table: number, id: number, signed: boolean): bigint {
  const pos = field(f, table, id);
  if (!pos) return 0n;
  ensure(f, pos, 8);
  return signed ? f.view.getBigInt64(pos, true) : f.view.getBigUint64(pos, true);
}

/** A `double` field (0 when absent). */
export function float64(f: Flat, table: number, id: number): number {
  const pos = field(f, table, id);
  if (!pos) return 0;
  ensure(f, pos, 8);
  return f.view.getFloat64(pos, true);
}

/** The table referenced by field `id`, `null` when absent. */
export function table(f: Flat, parent: number, id: number): number | null {
  const pos = field(f, parent, id);
  return pos ? pos + i32(f, pos) : null;
}

let decoder: TextDecoder | undefined;

/** A string field, `null` when absent. */
export function str(f: Flat, parent: number, id: number): string | null {
  const pos = field(f, parent, id);
  if (!pos) return null;
  const start = pos + u32(f, pos);
  const length = u32(f, start);
  ensure(f, start + 4, length);
  charge(f, 1 + (length >> 2));
  decoder ??= new TextDecoder();
  return decoder.decode(new Uint8Array(f.view.buffer, f.view.byteOffset + start + 4, length));
}

function vector(f: Flat, parent: number, id: number, width: number): [number, number] | null {
  const pos = field(f, parent, id);
  if (!pos) return null;
  const start = pos + u32(f, pos) + 4;
  const length = u32(f, start - 4);
  if (length * width > f.size - start) {
    invalid(`vector at offset ${start} claims ${length} elements of ${width} bytes, beyond the buffer`, {
      offset: start - 4,
    });
  }
  charge(f, 1 + length);
  return [start, length];
}

/** A vector of 32-bit integers (signed or not); empty when absent. */
export function ints(f: Flat, parent: number, id: number, signed: boolean): number[] {
  const v = vector(f, parent, id, 4);
  const out: number[] = [];
  if (v) for (let i = 0; i < v[1]; i++) out.push(signed ? i32(f, v[0] + 4 * i) : u32(f, v[0] + 4 * i));
  return out;
}

/** A vector of signed 64-bit integers; empty when absent. */
export function longs(f: Flat, parent: number, id: number): bigint[] {
  const v = vector(f, parent, id, 8);
  const out: bigint[] = [];
  if (v) for (let i = 0; i < v[1]; i++) out.push(f.view.getBigInt64(v[0] + 8 * i, true));
  return out;
}

/** A vector of doubles; empty when absent. */
export function doubles(f: Flat, parent: number, id: number): number[] {
  const v = vector(f, parent, id, 8);
  const out: number[] = [];
  if (v) for (let i = 0; i < v[1]; i++) out.push(f.view.getFloat64(v[0] + 8 * i, true));
  return out;
}

/** A vector of bools; empty when absent. */
export function bools(f: Flat, parent: number, id: number): boolean[] {
  const v = vector(f, parent, id, 1);
  const out: boolean[] = [];
  if (v) for (let i = 0; i < v[1]; i++) out.push(f.view.getUint8(v[0] + i) !== 0);
  return out;
}

/** A vector of tables, each decoded by `decode`; empty when absent. */
export function tables<T>(f: Flat, parent: number, id: number, decode: (table: number, index: number) => T): T[] {
  const v = vector(f, parent, id, 4);
  const out: T[] = [];
  if (v) {
    for (let i = 0; i < v[1]; i++) {
      const pos = v[0] + 4 * i;
      out.push(decode(pos + u32(f, pos), i));
    }
  }
  return out;
}
