import { type ErrorCode, type ErrorContext, KindlingError } from '@kindling/core';

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Returns `error` as a {@link KindlingError}: a Kindling error is returned unchanged (or, with a
 * `prefix` or `context` it does not already hold, re-created with that context merged in and the
 * error as its cause); anything else is wrapped with `code`.
 */
export function asKindlingError(
  error: unknown,
  code: ErrorCode,
  context?: ErrorContext,
  prefix?: string,
): KindlingError {
  if (KindlingError.isInstance(error)) {
    // Nothing to add: the same error (keeps its own cause, e.g. an abort signal's reason).
    if (!prefix && (!context || Object.entries(context).every(([k, v]) => error.context[k] === v))) return error;
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
