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

/** Expects `f` to throw a KindlingError with these code, message and context. */
function expectKindlingError(f: () => unknown, code: ErrorCode, message: string, context?: object): void {
  expect(f).toThrow(expect.objectContaining({ code, message, ...(context ? { context } : {}), name: 'KindlingError' }));
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
    expectKindlingError(
      () => requireNamedData(map, 'abc', { where: 'payload: value 3', context: { value: 3 } }),
      ErrorCode.InvalidProgram,
      'payload: value 3 uses named data "abc", which the program does not have',
      { value: 3, key: 'abc' },
    );
    expect(() => requireNamedData(undefined, 'w')).toThrow(/"w"/);
  });

  it('names the key, the expected and the actual size of a short blob', () => {
    expectKindlingError(
      () => requireNamedData(map, 'w', { bytes: 16n, code: ErrorCode.DelegateInvalidCompatibility, where: 'weights' }),
      ErrorCode.DelegateInvalidCompatibility,
      'weights: named data "w" has 12 bytes, expected at least 16',
      { key: 'w', expectedBytes: 16, actualBytes: 12 },
    );
    expectKindlingError(
      () => requireNamedData(map, 'w', { bytes: 8, exact: true }),
      ErrorCode.InvalidProgram,
      'the payload: named data "w" has 12 bytes, expected 8',
    );
  });
});
