import { ErrorCode, KindlingError } from '@kindling/core';

/** Throw a {@link KindlingError} naming the operator. */
export function fail(op: string, message: string, code: ErrorCode = ErrorCode.InvalidArgument): never {
  throw new KindlingError(code, `${op}: ${message}`, { context: { operator: op } });
}
