import { ErrorCode, type ErrorContext, KindlingError } from '@kindling/core';

/** A malformed tokenizer file: `InvalidExternalData` with where it was found. */
export function malformed(message: string, context: ErrorContext = {}): KindlingError {
  return new KindlingError(ErrorCode.InvalidExternalData, message, { context });
}

/** A feature of a tokenizer file that this package does not implement. */
export function unsupported(message: string, context: ErrorContext = {}): KindlingError {
  return new KindlingError(ErrorCode.NotSupported, message, { context });
}

/** A bad argument from the caller (token id out of range, ...). */
export function invalidArgument(message: string, context: ErrorContext = {}): KindlingError {
  return new KindlingError(ErrorCode.InvalidArgument, message, { context });
}
