import { ErrorCode, KindlingError } from '@kindling/core';

/** How a field's value is stored on the wire, as the generated tables name it. */
type FieldKind = 'int32' | 'int64' | 'uint64' | 'bool' | 'string' | 'bytes' | 'float' | 'double' | 'message';

/** One field of a message table (generated from our `.proto` by `scripts/gen-proto.mjs`). */
interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  /** The message type of a `message` field, or of a map's values. */
  readonly message?: string;
  readonly repeated?: boolean;
  /** `map<string, V>`: entries are messages `{1: key, 2: value}`. */
  readonly map?: boolean;
  /** proto3 default of a singular scalar field. */
  readonly initial?: unknown;
}

/** Field tables by message name, then field number. */
export type MessageTable = Readonly<Record<string, Readonly<Record<number, FieldSpec>>>>;

/** Nesting depth a decoded message may reach (MIL programs nest blocks in ops a few levels deep). */
const MAX_DEPTH = 64;

const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A bounds-checked reader of protobuf wire format over a byte range. */
class WireReader {
  pos: number;
  readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly end: number,
    start: number,
    readonly what: string,
  ) {
    this.pos = start;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  fail(message: string): never {
    throw new KindlingError(ErrorCode.InvalidProgram, `malformed ${this.what}: ${message}`, {
      context: { offset: this.pos },
    });
  }

  /** A varint's 64 bits: `[low 32, high 32]`, both unsigned. */
  private varint64(): [number, number] {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) this.fail('a varint runs past the end');
      const b = this.bytes[this.pos++] as number;
      const bits = b & 0x7f;
      if (i < 4) lo |= bits << (7 * i);
      else if (i === 4) {
        lo |= (bits & 0x0f) << 28;
        hi |= bits >> 4;
      } else hi |= bits << (7 * i - 32);
      if ((b & 0x80) === 0) return [lo >>> 0, hi >>> 0];
    }
    return this.fail('a varint is longer than 10 bytes');
  }

  /** An unsigned varint as a number; refuses values above 2^53 (no field Kindling reads needs them). */
  varint(): number {
    const [lo, hi] = this.varint64();
    if (hi >= 0x200000) this.fail('an integer is out of the safe range');
    return hi * 2 ** 32 + lo;
  }

  /** An int64 (two's complement) as a number; refuses magnitudes above 2^53. */
  int64(): number {
    const [lo, hi] = this.varint64();
    const value = (hi | 0) * 2 ** 32 + lo;
    if (!Number.isSafeInteger(value)) this.fail('an integer is out of the safe range');
    return value;
  }

  /** A signed int32 (negative values come sign-extended to ten bytes). */
  int32(): number {
    return this.varint64()[0] | 0;
  }

  length(): number {
    const n = this.varint();
    if (n > this.end - this.pos) this.fail(`a length of ${n} bytes runs past the end (${this.end - this.pos} left)`);
    return n;
  }

  fixed32(): number {
    if (this.end - this.pos < 4) this.fail('a 32-bit value runs past the end');
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }

  fixed64(): number {
    if (this.end - this.pos < 8) this.fail('a 64-bit value runs past the end');
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  skip(wire: number): void {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_I64:
        this.fixed64();
        return;
      case WIRE_LEN: {
        const n = this.length(); // read first: `pos += length()` would add to the position before the length
        this.pos += n;
        return;
      }
      case WIRE_I32:
        this.fixed32();
        return;
      default:
        this.fail(`wire type ${wire} is not supported`);
    }
  }
}

function scalar(r: WireReader, kind: FieldKind, wire: number): unknown {
  switch (kind) {
    case 'int32':
      expectWire(r, wire, WIRE_VARINT, kind);
      return r.int32();
    case 'int64':
      expectWire(r, wire, WIRE_VARINT, kind);
      return r.int64();
    case 'uint64':
      expectWire(r, wire, WIRE_VARINT, kind);
      return r.varint();
    case 'bool':
      expectWire(r, wire, WIRE_VARINT, kind);
      return r.int64() !== 0;
    case 'float':
      expectWire(r, wire, WIRE_I32, kind);
      return r.fixed32();
    case 'double':
      expectWire(r, wire, WIRE_I64, kind);
      return r.fixed64();
    case 'string': {
      expectWire(r, wire, WIRE_LEN, kind);
      const n = r.length();
      const start = r.pos;
      r.pos += n;
      try {
        return utf8.decode(r.bytes.subarray(start, start + n));
      } catch {
        return r.fail('a string is not valid UTF-8');
      }
    }
    case 'bytes': {
      expectWire(r, wire, WIRE_LEN, kind);
      const n = r.length();
      const start = r.pos;
      r.pos += n;
      return r.bytes.subarray(start, start + n);
    }
    default:
      return r.fail(`field kind ${kind} is not a scalar`);
  }
}

function expectWire(r: WireReader, wire: number, want: number, kind: string): void {
  if (wire !== want) r.fail(`a ${kind} field has wire type ${wire}`);
}

/** Packed repeated scalars: one length-delimited run of values. */
function packed(r: WireReader, kind: FieldKind, into: unknown[]): void {
  const n = r.length();
  const end = r.pos + n;
  const sub = new WireReader(r.bytes, end, r.pos, r.what);
  const wire = kind === 'float' ? WIRE_I32 : kind === 'double' ? WIRE_I64 : WIRE_VARINT;
  while (sub.pos < end) into.push(scalar(sub, kind, wire));
  r.pos = end;
}

function decodeAt(table: MessageTable, type: string, r: WireReader, depth: number): Record<string, unknown> {
  if (depth > MAX_DEPTH) r.fail(`messages nest deeper than ${MAX_DEPTH}`);
  const fields = table[type];
  if (!fields) return r.fail(`no message type ${type}`);
  const out: Record<string, unknown> = {};
  for (const f of Object.values(fields)) {
    if (f.map) out[f.name] = new Map();
    else if (f.repeated) out[f.name] = [];
    else if (f.kind !== 'message') out[f.name] = f.initial;
  }
  while (r.pos < r.end) {
    const key = r.varint();
    const no = Math.floor(key / 8);
    const wire = key % 8;
    if (no === 0) r.fail('field number 0');
    const f = fields[no];
    if (!f) {
      r.skip(wire);
      continue;
    }
    if (f.map) {
      expectWire(r, wire, WIRE_LEN, 'map entry');
      const n = r.length();
      const entry = new WireReader(r.bytes, r.pos + n, r.pos, r.what);
      r.pos += n;
      let k = '';
      let v: unknown;
      while (entry.pos < entry.end) {
        const ek = entry.varint();
        if (ek >>> 3 === 1) k = scalar(entry, 'string', ek & 7) as string;
        else if (ek >>> 3 === 2) {
          if (f.kind === 'message') {
            expectWire(entry, ek & 7, WIRE_LEN, 'map value');
            const m = entry.length();
            v = decodeAt(table, f.message!, new WireReader(entry.bytes, entry.pos + m, entry.pos, r.what), depth + 1);
            entry.pos += m;
          } else v = scalar(entry, f.kind, ek & 7);
        } else entry.skip(ek & 7);
      }
      if (v === undefined && f.kind === 'message')
        v = decodeAt(table, f.message!, new WireReader(r.bytes, 0, 0, r.what), depth + 1);
      (out[f.name] as Map<string, unknown>).set(k, v ?? f.initial);
      continue;
    }
    if (f.kind === 'message') {
      expectWire(r, wire, WIRE_LEN, `message ${f.message}`);
      const n = r.length();
      const value = decodeAt(table, f.message!, new WireReader(r.bytes, r.pos + n, r.pos, r.what), depth + 1);
      r.pos += n;
      if (f.repeated) (out[f.name] as unknown[]).push(value);
      else out[f.name] = value; // proto3: a repeated singular message merges; the last one is kept here
      continue;
    }
    if (f.repeated) {
      const list = out[f.name] as unknown[];
      if (wire === WIRE_LEN && f.kind !== 'string' && f.kind !== 'bytes') packed(r, f.kind, list);
      else list.push(scalar(r, f.kind, wire));
      continue;
    }
    out[f.name] = scalar(r, f.kind, wire);
  }
  if (r.pos !== r.end) r.fail('a message runs past its length');
  return out;
}

/**
 * Decodes `bytes` as the message `type` of `table`: every declared field, proto3 defaults for the
 * missing scalars, unknown fields skipped. Every length is checked against the bytes; malformed
 * input gives a `KindlingError` (`InvalidProgram`) naming `what`.
 */
export function decodeMessage<T>(table: MessageTable, type: string, bytes: Uint8Array, what: string): T {
  return decodeAt(table, type, new WireReader(bytes, bytes.byteLength, 0, what), 0) as T;
}

/** A growable byte buffer the encoder writes into. */
class WireWriter {
  bytes = new Uint8Array(256);
  pos = 0;

  private room(n: number): void {
    if (this.pos + n <= this.bytes.byteLength) return;
    let size = this.bytes.byteLength * 2;
    while (size < this.pos + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.pos));
    this.bytes = grown;
  }

  byte(b: number): void {
    this.room(1);
    this.bytes[this.pos++] = b;
  }

  /** An unsigned varint of a non-negative safe integer. */
  varint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.byte((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.byte(v);
  }

  /** A signed integer as protobuf's int32 / int64 write it (negatives as ten-byte two's complement). */
  signed(n: number): void {
    if (n >= 0) {
      this.varint(n);
      return;
    }
    let v = BigInt.asUintN(64, BigInt(n));
    for (let i = 0; i < 10; i++) {
      const b = Number(v & 0x7fn);
      v >>= 7n;
      if (v === 0n) {
        this.byte(b);
        return;
      }
      this.byte(b | 0x80);
    }
  }

  key(no: number, wire: number): void {
    this.varint(no * 8 + wire);
  }

  raw(b: Uint8Array): void {
    this.room(b.byteLength);
    this.bytes.set(b, this.pos);
    this.pos += b.byteLength;
  }

  lengthDelimited(b: Uint8Array): void {
    this.varint(b.byteLength);
    this.raw(b);
  }

  float(x: number): void {
    this.room(4);
    new DataView(this.bytes.buffer).setFloat32(this.pos, x, true);
    this.pos += 4;
  }

  double(x: number): void {
    this.room(8);
    new DataView(this.bytes.buffer).setFloat64(this.pos, x, true);
    this.pos += 8;
  }

  done(): Uint8Array {
    return this.bytes.slice(0, this.pos);
  }
}

const utf8Encoder = new TextEncoder();

function encodeFail(what: string, message: string): never {
  throw new KindlingError(ErrorCode.InvalidArgument, `cannot encode ${what}: ${message}`);
}

/** Writes one scalar value (without its key) of `kind`. */
function writeScalar(w: WireWriter, kind: FieldKind, value: unknown, what: string): void {
  switch (kind) {
    case 'int32':
    case 'int64':
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        encodeFail(what, `${String(value)} is not an integer`);
      w.signed(value);
      return;
    case 'uint64':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        encodeFail(what, `${String(value)} is not a non-negative integer`);
      w.varint(value);
      return;
    case 'bool':
      w.varint(value ? 1 : 0);
      return;
    case 'float':
      w.float(Number(value));
      return;
    case 'double':
      w.double(Number(value));
      return;
    case 'string':
      if (typeof value !== 'string') encodeFail(what, 'a string field holds no string');
      w.lengthDelimited(utf8Encoder.encode(value));
      return;
    case 'bytes':
      if (!(value instanceof Uint8Array)) encodeFail(what, 'a bytes field holds no Uint8Array');
      w.lengthDelimited(value);
      return;
    default:
      encodeFail(what, `field kind ${kind} is not a scalar`);
  }
}

const wireOf = (kind: FieldKind): number =>
  kind === 'float'
    ? WIRE_I32
    : kind === 'double'
      ? WIRE_I64
      : kind === 'string' || kind === 'bytes' || kind === 'message'
        ? WIRE_LEN
        : WIRE_VARINT;

/** Whether a singular scalar equals its proto3 default (proto3 does not write those). */
function isDefault(kind: FieldKind, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (kind === 'string') return value === '';
  if (kind === 'bytes') return value instanceof Uint8Array && value.byteLength === 0;
  if (kind === 'bool') return value === false;
  return value === 0 && !Object.is(value, -0);
}

function encodeAt(
  table: MessageTable,
  type: string,
  msg: Record<string, unknown>,
  what: string,
  depth: number,
): Uint8Array {
  if (depth > MAX_DEPTH) encodeFail(what, `messages nest deeper than ${MAX_DEPTH}`);
  const fields = table[type];
  if (!fields) return encodeFail(what, `no message type ${type}`);
  const w = new WireWriter();
  // fields in ascending number, as protobuf's own serialisers write them
  const numbers = Object.keys(fields)
    .map(Number)
    .sort((a, b) => a - b);
  for (const no of numbers) {
    const f = fields[no] as FieldSpec;
    const value = msg[f.name];
    if (value === undefined || value === null) continue;
    if (f.map) {
      const entries = value instanceof Map ? [...value.entries()] : Object.entries(value as object);
      for (const [k, v] of entries) {
        const e = new WireWriter();
        e.key(1, WIRE_LEN);
        writeScalar(e, 'string', k, what);
        e.key(2, wireOf(f.kind));
        if (f.kind === 'message')
          e.lengthDelimited(encodeAt(table, f.message!, v as Record<string, unknown>, what, depth + 1));
        else writeScalar(e, f.kind, v, what);
        w.key(no, WIRE_LEN);
        w.lengthDelimited(e.done());
      }
      continue;
    }
    if (f.repeated) {
      const list = value as readonly unknown[];
      if (list.length === 0) continue;
      if (f.kind === 'message') {
        for (const m of list) {
          w.key(no, WIRE_LEN);
          w.lengthDelimited(encodeAt(table, f.message!, m as Record<string, unknown>, what, depth + 1));
        }
      } else if (f.kind === 'string' || f.kind === 'bytes') {
        for (const s of list) {
          w.key(no, WIRE_LEN);
          writeScalar(w, f.kind, s, what);
        }
      } else {
        // proto3 packs repeated scalars
        const p = new WireWriter();
        for (const s of list) writeScalar(p, f.kind, s, what);
        w.key(no, WIRE_LEN);
        w.lengthDelimited(p.done());
      }
      continue;
    }
    if (f.kind === 'message') {
      w.key(no, WIRE_LEN);
      w.lengthDelimited(encodeAt(table, f.message!, value as Record<string, unknown>, what, depth + 1));
      continue;
    }
    if (isDefault(f.kind, value)) continue;
    w.key(no, wireOf(f.kind));
    writeScalar(w, f.kind, value, what);
  }
  return w.done();
}

/**
 * Encodes `message` as the message `type` of `table` (the inverse of {@link decodeMessage}): fields
 * in ascending number, proto3 defaults of singular scalars left out, repeated scalars packed, map
 * entries as `{1: key, 2: value}`. Properties the table does not declare are ignored; a value of
 * the wrong kind gives a `KindlingError` (`InvalidArgument`) naming `what`.
 */
export function encodeMessage(table: MessageTable, type: string, message: object, what: string): Uint8Array {
  return encodeAt(table, type, message as Record<string, unknown>, what, 0);
}
