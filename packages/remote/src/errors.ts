/**
 * The errors of remote calls: every failure is a `KindlingError` whose `context.kind` says what
 * went wrong, so that an app (or a routing policy) can tell a server that is down from a request
 * the server refused or an answer it could not use.
 */
import { ErrorCode, type ErrorContext, KindlingError } from '@kindling/core';

/**
 * What went wrong with a remote call (`error.context.kind`):
 * - `network`: no answer (connection refused or reset, DNS); code `AccessFailed`.
 * - `timeout`: no answer within `timeoutMs` (or a stream stalled); code `AccessFailed`.
 * - `http`: the server answered with an error status (`context.status`); code `AccessFailed`, or
 *   `NotFound` for 404.
 * - `protocol`: the answer is not what the protocol says (malformed JSON, wrong fields, a dropped
 *   or truncated stream, sizes that do not add up); code `InvalidExternalData`.
 * - `dtype`: a tensor type the protocol or this client cannot carry; code `InvalidType`.
 * - `shape`: a tensor's shape does not fit its data or the model's metadata; code `InvalidArgument`
 *   for inputs, `InvalidExternalData` for what the server returned.
 * - `aborted`: the caller's signal aborted the call; code `InvalidState` (`context.aborted`).
 * - `unavailable`: a hybrid route had no side that could serve the call; code `NotFound`.
 */
export type RemoteErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'protocol'
  | 'dtype'
  | 'shape'
  | 'aborted'
  | 'unavailable';

/** A `KindlingError` of a remote call. */
export function remoteError(
  code: ErrorCode,
  kind: RemoteErrorKind,
  message: string,
  context: ErrorContext = {},
  cause?: unknown,
): KindlingError {
  return new KindlingError(code, message, { context: { ...context, kind }, ...(cause === undefined ? {} : { cause }) });
}

/** A malformed answer. */
export function protocolError(message: string, context: ErrorContext = {}, cause?: unknown): KindlingError {
  return remoteError(ErrorCode.InvalidExternalData, 'protocol', message, context, cause);
}

/** The error of a call its signal aborted. */
export function abortedError(what: string, signal: AbortSignal, context: ErrorContext = {}): KindlingError {
  return new KindlingError(ErrorCode.InvalidState, `${what} was aborted`, {
    context: { ...context, kind: 'aborted', aborted: true },
    cause: signal.reason,
  });
}

/** The `context.kind` of a remote `KindlingError`, if `e` is one. */
export function remoteErrorKind(e: unknown): RemoteErrorKind | undefined {
  if (!KindlingError.isInstance(e)) return undefined;
  const kind = e.context.kind;
  return typeof kind === 'string' ? (kind as RemoteErrorKind) : undefined;
}
