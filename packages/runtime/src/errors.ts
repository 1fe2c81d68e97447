import { type ErrorCode, type ErrorContext, KindlingError } from '@kindling/core';

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Returns `error` as a {@link KindlingError}: a Kindling error is returned unchanged (or, with
 * `context`, re-created with that context merged in); anything else is wrapped with `code`.
 */
export function asKindlingError(
  error: unknown,
  code: ErrorCode,
  context?: ErrorContext,
  prefix?: string,
): KindlingError {
  if (KindlingError.isInstance(error)) {
    if (!context && !prefix) return error;
    return new KindlingError(error.code, prefix ? `${prefix}: ${error.message}` : error.message, {
      context: { ...context, ...error.context },
      cause: error,
    });
  }
  return new KindlingError(code, prefix ? `${prefix}: ${messageOf(error)}` : messageOf(error), {
    ...(context ? { context } : {}),
    cause: error,
  });
}
