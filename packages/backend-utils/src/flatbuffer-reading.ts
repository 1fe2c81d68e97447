import { ErrorCode, KindlingError } from '@kindling/core';
import type { CheckedByteBuffer } from './checked-byte-buffer.js';

/** Reads `count` elements with `at`, after charging them to the budget. */
export function readList<T>(bb: CheckedByteBuffer, count: number, at: (i: number) => T): T[] {
  checkCount(bb, count);
  bb.charge(count);
  const out = new Array<T>(count);
  for (let i = 0; i < count; i++) out[i] = at(i);
  return out;
}

/**
 * Refuses an element count that is not a non-negative integer no larger than the buffer (every
 * flatbuffer vector element takes at least one byte), before anything is allocated for it.
 */
export function checkCount(bb: CheckedByteBuffer, count: number): void {
  if (!(Number.isInteger(count) && count >= 0 && count <= bb.capacity())) {
    bb.fail(`element count ${count} is negative or larger than the ${bb.capacity()}-byte buffer`);
  }
}

/** Reads a table (or element `i` of a vector of tables), refusing a missing one. */
export function requireTable<T>(bb: CheckedByteBuffer, value: T | null, what: string): T {
  if (value === null || value === undefined) bb.fail(`missing ${what}`);
  return value;
}

/** A byte vector as a bounds-checked view (no copy). */
export function bytesOf(bb: CheckedByteBuffer, array: Uint8Array | null): Uint8Array {
  if (array === null) return new Uint8Array(0);
  const base = bb.bytes();
  const start = array.byteOffset - base.byteOffset;
  bb.ensure(start, array.byteLength);
  bb.charge(1 + (array.byteLength >> 6));
  return array;
}

/** Converts any exception thrown while decoding into a `KindlingError` (`InvalidProgram`). */
export function guardDecode<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (KindlingError.isInstance(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new KindlingError(ErrorCode.InvalidProgram, `malformed ${what}: ${detail}`, { cause: error });
  }
}
