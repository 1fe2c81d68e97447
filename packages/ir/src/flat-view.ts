import { ErrorCode, KindlingError } from '@kindling/core';

/**
 * A compact, bounds-checked reader of FlatBuffers tables, used on the load path instead of the
 * generated object API (which stays for the writers and tools). Tables are addressed by their byte
 * position and fields by their schema id (declaration order); absent fields read as the schema
 * default, absent vectors as `null`. Every read lies inside the bytes or ends in a `KindlingError`
 * (`InvalidProgram`, "malformed <what>: ..."), and every field, element and character read is
 * charged to a budget proportional to the size, so that tables shared many times over cannot make
 * the decoded data (or the time to build it) much larger than the file.
 */
export interface FlatView {
  readonly view: DataView;
  readonly size: number;
  /** What is read, for messages (`program`, `tensor data file`). */
  readonly what: string;
  /** Decode steps left. */
  budget: number;
}

/**
 * Decode steps allowed per byte (plus a base for tiny inputs): a step is one table field, one vector
 * element or four characters of a string. Files written by ExecuTorch use about 0.3 per byte.
 */
const STEPS_PER_BYTE = 4;
const STEPS_BASE = 65_536;

/** Scalar kinds: signed and unsigned 8- and 32-bit integers. */
export type IntKind = 'i8' | 'u8' | 'i32' | 'u32';
const WIDTH: Record<IntKind, number> = { i8: 1, u8: 1, i32: 4, u32: 4 };

export function fail(f: FlatView, message: string, offset?: number): never {
  throw new KindlingError(ErrorCode.InvalidProgram, `malformed ${f.what}: ${message}`, {
    ...(offset === undefined ? {} : { context: { offset } }),
  });
}

function ensure(f: FlatView, offset: number, length: number): void {
  if (!(offset >= 0 && length >= 0 && offset + length <= f.size)) {
    fail(f, `read of ${length} bytes at offset ${offset} is outside the ${f.size}-byte buffer`, offset);
  }
}

/** Spends `steps` of the decode budget. */
export function charge(f: FlatView, steps: number): void {
  f.budget -= steps;
  if (f.budget < 0) fail(f, 'its structure is larger than its size can justify (shared or cyclic tables)');
}

function intAt(f: FlatView, pos: number, kind: IntKind): number {
  ensure(f, pos, WIDTH[kind]);
  const v = f.view;
  return kind === 'i8'
    ? v.getInt8(pos)
    : kind === 'u8'
      ? v.getUint8(pos)
      : kind === 'i32'
        ? v.getInt32(pos, true)
        : v.getUint32(pos, true);
}

function longAt(f: FlatView, pos: number, signed: boolean): bigint {
  ensure(f, pos, 8);
  return signed ? f.view.getBigInt64(pos, true) : f.view.getBigUint64(pos, true);
}

/**
 * Follows the offset stored at `pos` to a table or string (signed, as the FlatBuffers JavaScript
 * library reads it: writers only store forward offsets, and a backward one, or a cycle, costs no
 * more than the decode budget allows) or to a vector (unsigned: the start of its elements).
 */
function follow(f: FlatView, pos: number, toVector = false): number {
  return toVector ? pos + intAt(f, pos, 'u32') + 4 : pos + intAt(f, pos, 'i32');
}

/**
 * Opens the flatbuffer in `bytes` and returns the view and the position of its root table.
 */
export function openFlat(bytes: Uint8Array, what: string): [FlatView, number] {
  const size = bytes.byteLength;
  const f: FlatView = {
    view: new DataView(bytes.buffer, bytes.byteOffset, size),
    size,
    what,
    budget: STEPS_PER_BYTE * size + STEPS_BASE,
  };
  if (size < 8) fail(f, `${size} bytes is too small for a flatbuffer`);
  const root = intAt(f, 0, 'u32');
  if (root < 8 || root > size - 4) fail(f, `root table offset ${root} is out of range`, 0);
  return [f, root];
}

/** Position of field `id` of the table at `table`, or 0 when the field is absent. */
export function field(f: FlatView, table: number, id: number): number {
  charge(f, 1);
  const vtable = table - intAt(f, table, 'i32');
  ensure(f, vtable, 4);
  const vtableSize = f.view.getInt16(vtable, true);
  if (vtableSize < 4 || vtableSize % 2 !== 0) fail(f, `invalid vtable size ${vtableSize}`, vtable);
  const slot = 4 + 2 * id;
  if (slot >= vtableSize) return 0;
  ensure(f, vtable + slot, 2);
  const offset = f.view.getInt16(vtable + slot, true);
  if (offset < 0) fail(f, `negative field offset ${offset}`, vtable + slot);
  return offset === 0 ? 0 : table + offset;
}

/** An integer field (`kind`), 0 when absent. */
export function int(f: FlatView, table: number, id: number, kind: IntKind): number {
  const pos = field(f, table, id);
  return pos ? intAt(f, pos, kind) : 0;
}

/** A 64-bit integer field, 0 when absent. */
export function long(f: FlatView, table: number, id: number, signed: boolean): bigint {
  const pos = field(f, table, id);
  return pos ? longAt(f, pos, signed) : 0n;
}

/** A `double` field, 0 when absent. */
export function float64(f: FlatView, table: number, id: number): number {
  const pos = field(f, table, id);
  if (!pos) return 0;
  ensure(f, pos, 8);
  return f.view.getFloat64(pos, true);
}

/** A `bool` field, false when absent. */
export function bool(f: FlatView, table: number, id: number): boolean {
  return int(f, table, id, 'i8') !== 0;
}

/** The table in field `id`, or `null` when absent. */
export function table(f: FlatView, parent: number, id: number): number | null {
  const pos = field(f, parent, id);
  return pos ? follow(f, pos) : null;
}

let decoder: TextDecoder | undefined;

/** The string at `pos` (the position of its offset). */
function stringAt(f: FlatView, pos: number): string {
  const start = follow(f, pos);
  const length = intAt(f, start, 'u32');
  ensure(f, start + 4, length);
  // A decoded string holds about one byte of heap per character: a step per four.
  charge(f, 1 + (length >> 2));
  decoder ??= new TextDecoder();
  return decoder.decode(new Uint8Array(f.view.buffer, f.view.byteOffset + start + 4, length));
}

/** A `string` field, `null` when absent. */
export function str(f: FlatView, table: number, id: number): string | null {
  const pos = field(f, table, id);
  return pos ? stringAt(f, pos) : null;
}

/**
 * The vector in field `id` with elements of `width` bytes: its start and length, checked to lie in
 * the buffer and charged to the budget. `null` when absent.
 */
function vector(f: FlatView, table: number, id: number, width: number): [number, number] | null {
  const pos = field(f, table, id);
  if (!pos) return null;
  const start = follow(f, pos, true);
  const length = intAt(f, start - 4, 'u32');
  if (length * width > f.size - start) {
    fail(
      f,
      `vector at offset ${start} claims ${length} elements but only ${Math.max(0, f.size - start)} bytes follow it`,
      start - 4,
    );
  }
  charge(f, 1 + length);
  return [start, length];
}

/** True when the table has field `id` (a vector or table reference). */
export function has(f: FlatView, table: number, id: number): boolean {
  return field(f, table, id) !== 0;
}

/** A vector of integers (`kind`); empty when absent. */
export function ints(f: FlatView, table: number, id: number, kind: IntKind): number[] {
  const width = WIDTH[kind];
  const v = vector(f, table, id, width);
  const out: number[] = [];
  if (v) for (let i = 0; i < v[1]; i++) out.push(intAt(f, v[0] + i * width, kind));
  return out;
}

/** A vector of 64-bit integers; empty when absent. */
export function longs(f: FlatView, table: number, id: number, signed: boolean): bigint[] {
  const v = vector(f, table, id, 8);
  const out: bigint[] = [];
  if (v) for (let i = 0; i < v[1]; i++) out.push(longAt(f, v[0] + i * 8, signed));
  return out;
}

/** A vector of `double`; empty when absent. */
export function float64s(f: FlatView, table: number, id: number): number[] {
  const v = vector(f, table, id, 8);
  const out: number[] = [];
  if (v) for (let i = 0; i < v[1]; i++) out.push(f.view.getFloat64(v[0] + i * 8, true));
  return out;
}

/** A `[ubyte]` field as a view (no copy) of the buffer; empty when absent. */
export function byteView(f: FlatView, table: number, id: number): Uint8Array {
  const pos = field(f, table, id);
  if (!pos) return new Uint8Array(0);
  const start = follow(f, pos, true);
  const length = intAt(f, start - 4, 'u32');
  ensure(f, start, length);
  charge(f, 1 + (length >> 6));
  return new Uint8Array(f.view.buffer, f.view.byteOffset + start, length);
}

/** A vector of tables, each decoded by `decode(position, index)`; empty when absent. */
export function tables<T>(f: FlatView, parent: number, id: number, decode: (table: number, index: number) => T): T[] {
  const v = vector(f, parent, id, 4);
  const out: T[] = [];
  if (v) for (let i = 0; i < v[1]; i++) out.push(decode(follow(f, v[0] + 4 * i), i));
  return out;
}

/**
 * A union field (type in field `id`, value in field `id + 1`): its type tag (0 for none) and the
 * position of its table (`null` when absent).
 */
export function union(f: FlatView, parent: number, id: number): [number, number | null] {
  return [int(f, parent, id, 'u8'), table(f, parent, id + 1)];
}
