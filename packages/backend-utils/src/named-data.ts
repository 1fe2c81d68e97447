import { ErrorCode, type ErrorContext, KindlingError, type NamedDataMap } from '@kindling/core';

/** How {@link requireNamedData} reports a missing or short blob. */
export interface NamedDataCheck {
  /** Bytes the payload expects the blob to hold: at least this many, or exactly with `exact`. */
  readonly bytes?: number | bigint;
  /** Require exactly {@link NamedDataCheck.bytes} bytes instead of at least that many. */
  readonly exact?: boolean;
  /** The error code thrown (default `InvalidProgram`). */
  readonly code?: ErrorCode;
  /** What refers to the key, starting the message (e.g. `XNNPACK payload: xvalues[3]`). */
  readonly where?: string;
  /** Extra error context (the key, expected and actual sizes are added). */
  readonly context?: ErrorContext;
}

/**
 * The blob `key` of a named data map (a view), refusing a missing key or a blob smaller than (or,
 * with `exact`, different from) the size the payload expects, with a `KindlingError` that names
 * the key and both sizes.
 */
export function requireNamedData(
  namedData: NamedDataMap | undefined,
  key: string,
  check: NamedDataCheck = {},
): Uint8Array {
  const where = check.where ?? 'the payload';
  const code = check.code ?? ErrorCode.InvalidProgram;
  if (!namedData?.has(key)) {
    throw new KindlingError(code, `${where} uses named data "${key}", which the program does not have`, {
      context: { ...check.context, key },
    });
  }
  const bytes = namedData.get(key);
  if (check.bytes !== undefined) {
    const expected = BigInt(check.bytes);
    const actual = BigInt(bytes.byteLength);
    if (check.exact ? actual !== expected : actual < expected) {
      throw new KindlingError(
        code,
        `${where}: named data "${key}" has ${actual} bytes, expected ${check.exact ? '' : 'at least '}${expected}`,
        { context: { ...check.context, key, expectedBytes: Number(expected), actualBytes: bytes.byteLength } },
      );
    }
  }
  return bytes;
}
