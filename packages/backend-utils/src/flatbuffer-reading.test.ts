import { ErrorCode, KindlingError } from '@kindling/core';
import { Builder } from 'flatbuffers';
import { describe, expect, it } from 'vitest';
import { CheckedByteBuffer } from './checked-byte-buffer.js';
import { bytesOf, guardDecode, readList, requireTable } from './flatbuffer-reading.js';

/** A flatbuffer whose root table has field 0 = a `[u8]` vector of `bytes`, field 1 = an int32. */
function table(bytes: number[], value: number): Uint8Array {
  const b = new Builder(64);
  const vec = b.createByteVector(Uint8Array.from(bytes));
  b.startObject(2);
  b.addFieldOffset(0, vec, 0);
  b.addFieldInt32(1, value, 0);
  b.finish(b.endObject());
  return b.asUint8Array();
}

/** The position of the root table and its field offsets, read through `bb`. */
function fields(bb: CheckedByteBuffer): { pos: number; vector: number; int: number } {
  const pos = bb.readInt32(bb.position()) + bb.position();
  return { pos, vector: bb.__offset(pos, 4), int: bb.__offset(pos, 6) };
}

function errorOf(f: () => unknown): KindlingError {
  try {
    f();
  } catch (e) {
    if (KindlingError.isInstance(e)) return e;
    throw e;
  }
  throw new Error('expected a KindlingError');
}

describe('CheckedByteBuffer', () => {
  it('reads a well-formed table like a plain ByteBuffer', () => {
    const bb = new CheckedByteBuffer(table([1, 2, 3], -7), 'test table');
    const { pos, vector, int } = fields(bb);
    expect(bb.readInt32(pos + int)).toBe(-7);
    const { start, length } = bb.vector(pos + vector, 1);
    expect(length).toBe(3);
    expect(Array.from(bb.view(start, length))).toEqual([1, 2, 3]);
  });

  it('refuses reads outside its bytes with InvalidProgram and the offset', () => {
    const bytes = table([1, 2, 3], 5);
    const bb = new CheckedByteBuffer(bytes, 'test table');
    for (const read of [
      () => bb.readInt32(bytes.length - 2),
      () => bb.readUint8(-1),
      () => bb.readFloat64(bytes.length),
    ]) {
      const e = errorOf(read);
      expect(e.code).toBe(ErrorCode.InvalidProgram);
      expect(e.message).toMatch(
        /^malformed test table: read of \d bytes at offset -?\d+ is outside the \d+-byte buffer$/,
      );
    }
    expect(errorOf(() => bb.view(0, bytes.length + 1)).context.offset).toBe(0);
  });

  it('refuses a vector whose length runs past the end', () => {
    const bytes = table([1, 2, 3], 5);
    const bb = new CheckedByteBuffer(bytes, 'test table');
    const { pos, vector } = fields(bb);
    const start = pos + vector + bb.readUint32(pos + vector);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(start, 1000, true); // the length field
    expect(errorOf(() => bb.vector(pos + vector, 1)).message).toContain('read of 1000 bytes');
  });

  it('charges a budget and refuses to exceed it', () => {
    const bb = new CheckedByteBuffer(new Uint8Array(16), 'tiny', 10);
    bb.charge(10);
    expect(errorOf(() => bb.charge(1)).message).toContain('larger than its size can justify');
  });
});

describe('flatbuffer reading helpers', () => {
  it('readList reads every element and charges them', () => {
    const bb = new CheckedByteBuffer(new Uint8Array(8), 'list', 5);
    expect(readList(bb, 3, (i) => i * i)).toEqual([0, 1, 4]);
    expect(errorOf(() => readList(bb, 3, (i) => i)).code).toBe(ErrorCode.InvalidProgram);
  });

  it('requireTable passes tables through and names a missing one', () => {
    const bb = new CheckedByteBuffer(new Uint8Array(8), 'program');
    const t = { x: 1 };
    expect(requireTable(bb, t, 'plan')).toBe(t);
    expect(errorOf(() => requireTable(bb, null, 'execution_plan[0]')).message).toBe(
      'malformed program: missing execution_plan[0]',
    );
  });

  it('bytesOf gives the vector as a view and refuses one outside the buffer', () => {
    const bytes = table([9, 8, 7, 6], 1);
    const bb = new CheckedByteBuffer(bytes, 'test table');
    const { pos, vector } = fields(bb);
    const { start, length } = bb.vector(pos + vector, 1);
    const view = bytesOf(bb, bytes.subarray(start, start + length));
    expect(Array.from(view)).toEqual([9, 8, 7, 6]);
    expect(view.buffer).toBe(bytes.buffer);
    expect(bytesOf(bb, null).byteLength).toBe(0);
    const outside = new Uint8Array(bytes.buffer, bytes.byteOffset + bytes.length - 2, 2);
    expect(() => bytesOf(new CheckedByteBuffer(bytes.subarray(0, bytes.length - 4), 'short'), outside)).toThrow(
      /outside/,
    );
  });

  it('guardDecode turns foreign exceptions into InvalidProgram and keeps KindlingErrors', () => {
    expect(guardDecode('x', () => 42)).toBe(42);
    const e = errorOf(() =>
      guardDecode('XNNPACK payload', () => {
        throw new RangeError('offset is out of bounds');
      }),
    );
    expect(e.code).toBe(ErrorCode.InvalidProgram);
    expect(e.message).toBe('malformed XNNPACK payload: offset is out of bounds');
    expect(e.cause).toBeInstanceOf(RangeError);
    const own = new KindlingError(ErrorCode.NotFound, 'mine');
    expect(
      errorOf(() =>
        guardDecode('x', () => {
          throw own;
        }),
      ),
    ).toBe(own);
  });
});
