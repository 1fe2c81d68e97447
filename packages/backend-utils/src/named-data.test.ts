import { ErrorCode, KindlingError, type NamedDataMap } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { requireNamedData } from './named-data.js';

function mapOf(entries: Record<string, Uint8Array>): NamedDataMap {
  return {
    keys: () => Object.keys(entries),
    has: (key) => key in entries,
    get: (key) => {
      const b = entries[key];
      if (!b) throw new KindlingError(ErrorCode.NotFound, `no named data "${key}"`);
      return b;
    },
    layout: () => undefined,
  };
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

describe('requireNamedData', () => {
  const blob = new Uint8Array(12);
  const map = mapOf({ w: blob });

  it('returns the blob itself when it is large enough', () => {
    expect(requireNamedData(map, 'w')).toBe(blob);
    expect(requireNamedData(map, 'w', { bytes: 12 })).toBe(blob);
    expect(requireNamedData(map, 'w', { bytes: 8n })).toBe(blob);
    expect(requireNamedData(map, 'w', { bytes: 12, exact: true })).toBe(blob);
  });

  it('names a missing key', () => {
    const e = errorOf(() => requireNamedData(map, 'abc', { where: 'payload: value 3', context: { value: 3 } }));
    expect(e.code).toBe(ErrorCode.InvalidProgram);
    expect(e.message).toBe('payload: value 3 uses named data "abc", which the program does not have');
    expect(e.context).toEqual({ value: 3, key: 'abc' });
    expect(errorOf(() => requireNamedData(undefined, 'w')).message).toContain('"w"');
  });

  it('names the key, the expected and the actual size of a short blob', () => {
    const e = errorOf(() =>
      requireNamedData(map, 'w', { bytes: 16n, code: ErrorCode.DelegateInvalidCompatibility, where: 'weights' }),
    );
    expect(e.code).toBe(ErrorCode.DelegateInvalidCompatibility);
    expect(e.message).toBe('weights: named data "w" has 12 bytes, expected at least 16');
    expect(e.context).toEqual({ key: 'w', expectedBytes: 16, actualBytes: 12 });
    const exact = errorOf(() => requireNamedData(map, 'w', { bytes: 8, exact: true }));
    expect(exact.message).toBe('the payload: named data "w" has 12 bytes, expected 8');
  });
});
