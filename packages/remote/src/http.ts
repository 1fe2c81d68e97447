/**
 * HTTP for the remote clients: one attempt has a deadline and honours the caller's signal; failed
 * attempts that may succeed later (no answer, timeout, 408/425/429/5xx) are retried a bounded number
 * of times with exponential backoff; bodies are read with a size cap.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import { abortedError, protocolError, remoteError } from './errors.js';

/** Connection options shared by the remote clients. */
export interface ConnectionOptions {
  /** Headers sent with every request (e.g. `{ authorization: 'Bearer ...' }`). */
  headers?: Record<string, string>;
  /** Deadline of one attempt in milliseconds, until the whole answer is read (default 30 000). */
  timeoutMs?: number;
  /** Further attempts after a retryable failure (default 2, at most 10). */
  retries?: number;
  /** Wait before the first retry in milliseconds, doubled for each next one (default 200). */
  backoffMs?: number;
  /** Cap on one wait between attempts (default 5 000). */
  maxBackoffMs?: number;
  /** Cap on the size of one answer in bytes (default 256 MiB). */
  maxResponseBytes?: number;
  /** The `fetch` to use (default `globalThis.fetch`). */
  fetch?: typeof fetch;
}

/** {@link ConnectionOptions} with defaults applied and checked. */
export interface Connection {
  headers: Record<string, string>;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  maxBackoffMs: number;
  maxResponseBytes: number;
  fetch: typeof fetch;
}

const MAX_RETRIES = 10;

function invalidOption(name: string, value: unknown, what: string): KindlingError {
  return new KindlingError(ErrorCode.InvalidArgument, `${name} must be ${what}, got ${String(value)}`, {
    context: { option: name },
  });
}

function nonNegative(name: string, value: number | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max)
    throw invalidOption(name, v, `a number from 0 to ${max}`);
  return v;
}

/** Applies defaults to `options` and checks them. */
export function connection(options: ConnectionOptions): Connection {
  const f = options.fetch ?? globalThis.fetch;
  if (typeof f !== 'function') throw invalidOption('fetch', f, 'a function (this engine has no global fetch)');
  const retries = nonNegative('retries', options.retries, 2, MAX_RETRIES);
  if (!Number.isInteger(retries)) throw invalidOption('retries', retries, 'an integer');
  const timeoutMs = nonNegative('timeoutMs', options.timeoutMs, 30_000);
  if (timeoutMs === 0) throw invalidOption('timeoutMs', 0, 'positive');
  return {
    headers: { ...options.headers },
    timeoutMs,
    retries,
    backoffMs: nonNegative('backoffMs', options.backoffMs, 200),
    maxBackoffMs: nonNegative('maxBackoffMs', options.maxBackoffMs, 5_000),
    maxResponseBytes: nonNegative('maxResponseBytes', options.maxResponseBytes, 256 * 1024 * 1024),
    fetch: f,
  };
}

/** Parses a base URL, which must be http(s); the result ends without a slash. */
export function baseUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch (e) {
    throw new KindlingError(ErrorCode.InvalidArgument, `not a URL: ${String(url)}`, {
      context: { url: String(url) },
      cause: e,
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new KindlingError(ErrorCode.InvalidArgument, `the server URL must be http or https, got ${parsed.protocol}`, {
      context: { url: String(url) },
    });
  return parsed.href.replace(/\/+$/, '');
}

/** One attempt's signal: aborts on the caller's signal or at the deadline. */
export class Attempt {
  readonly signal: AbortSignal;
  readonly #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout>;
  readonly #onAbort: () => void;
  readonly #outer: AbortSignal | undefined;
  timedOut = false;
  /** Set by {@link keep}: the caller ends the attempt itself (a stream read after the call returns). */
  kept = false;

  constructor(timeoutMs: number, outer: AbortSignal | undefined) {
    this.signal = this.#controller.signal;
    this.#outer = outer;
    this.#onAbort = () => this.#controller.abort(outer?.reason);
    outer?.addEventListener('abort', this.#onAbort, { once: true });
    this.#timer = this.#arm(timeoutMs);
  }

  #arm(ms: number): ReturnType<typeof setTimeout> {
    return setTimeout(() => {
      this.timedOut = true;
      this.#controller.abort(new Error('timeout'));
    }, ms);
  }

  /** Restarts the deadline at `ms` from now (a stream that keeps sending is not timed out). */
  restart(ms: number): void {
    clearTimeout(this.#timer);
    if (!this.signal.aborted) this.#timer = this.#arm(ms);
  }

  /** Keeps the attempt (its deadline and the caller's signal) after `withRetries` returns; call `done` later. */
  keep(): void {
    this.kept = true;
  }

  done(): void {
    clearTimeout(this.#timer);
    this.#outer?.removeEventListener('abort', this.#onAbort);
  }
}

/** Where a request goes and what it is, for errors. */
export interface RequestInfo {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Words for errors: `model "digits" inference`. */
  what: string;
}

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The wait before retry `n` (0-based): exponential, capped. */
function backoffDelay(conn: Connection, n: number): number {
  return Math.min(conn.maxBackoffMs, conn.backoffMs * 2 ** n);
}

/**
 * Runs `attempt` (a fetch and the reading of its answer, under the attempt's signal) with retries.
 * `attempt` returns a value or throws; thrown `KindlingError`s with `context.retryable` are retried.
 */
export async function withRetries<T>(
  conn: Connection,
  info: RequestInfo,
  signal: AbortSignal | undefined,
  run: (attempt: Attempt) => Promise<T>,
): Promise<T> {
  for (let n = 0; ; n++) {
    if (signal?.aborted) throw abortedError(info.what, signal, { url: info.url });
    const attempt = new Attempt(conn.timeoutMs, signal);
    let error: unknown;
    try {
      return await run(attempt);
    } catch (e) {
      error = classify(e, attempt, info, signal);
      attempt.kept = false;
    } finally {
      if (!attempt.kept) attempt.done();
    }
    const retryable = KindlingError.isInstance(error) && error.context.retryable === true;
    if (!retryable || n >= conn.retries) {
      if (KindlingError.isInstance(error) && retryable && n > 0)
        throw new KindlingError(error.code, `${error.message} (after ${n + 1} attempts)`, {
          context: { ...error.context, attempts: n + 1 },
          cause: error.cause,
        });
      throw error;
    }
    try {
      await sleep(backoffDelay(conn, n), signal);
    } catch {
      throw abortedError(info.what, signal as AbortSignal, { url: info.url });
    }
  }
}

/** Turns what an attempt threw into the error to report (or retry). */
export function classify(e: unknown, attempt: Attempt, info: RequestInfo, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return abortedError(info.what, signal, { url: info.url });
  if (attempt.timedOut)
    return remoteError(
      ErrorCode.AccessFailed,
      'timeout',
      `${info.what} at ${info.url}: no answer within the deadline`,
      { url: info.url, retryable: true },
      e,
    );
  if (KindlingError.isInstance(e)) return e;
  return remoteError(
    ErrorCode.AccessFailed,
    'network',
    `${info.what} at ${info.url} failed: ${e instanceof Error ? e.message : String(e)}`,
    { url: info.url, retryable: true },
    e,
  );
}

/** Sends one request under `attempt`; throws an `http` error for a status that is not 2xx. */
export async function send(conn: Connection, info: RequestInfo, attempt: Attempt): Promise<Response> {
  const response = await conn.fetch(info.url, {
    method: info.method,
    headers: { ...conn.headers, ...info.headers },
    ...(info.body === undefined ? {} : { body: info.body as BodyInit }),
    signal: attempt.signal,
  });
  if (!response.ok) {
    let detail = '';
    try {
      detail = new TextDecoder().decode(await readBody(response, 4096, info, true)).trim();
    } catch {
      // The status says enough.
    }
    const status = response.status;
    throw remoteError(
      status === 404 ? ErrorCode.NotFound : ErrorCode.AccessFailed,
      'http',
      `${info.what} at ${info.url}: HTTP ${status}${detail ? `: ${detail.slice(0, 300)}` : ''}`,
      { url: info.url, status, retryable: RETRYABLE_STATUS.has(status) },
    );
  }
  return response;
}

/**
 * Reads a body of at most `max` bytes. The declared length is checked before anything is
 * allocated; a body longer than `max` fails (or, with `truncate`, is cut there).
 */
export async function readBody(
  response: Response,
  max: number,
  info: RequestInfo,
  truncate = false,
): Promise<Uint8Array> {
  const declared = response.headers.get('content-length');
  if (!truncate && declared !== null && Number(declared) > max)
    throw protocolError(`${info.what}: the answer declares ${declared} bytes, more than the limit of ${max}`, {
      url: info.url,
      limit: max,
    });
  const body = response.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (size + value.byteLength > max) {
        if (truncate) {
          parts.push(value.subarray(0, max - size));
          size = max;
          break;
        }
        throw protocolError(`${info.what}: the answer is longer than the limit of ${max} bytes`, {
          url: info.url,
          limit: max,
        });
      }
      parts.push(value);
      size += value.byteLength;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Parses JSON text of an answer. */
export function parseJson(bytes: Uint8Array, info: RequestInfo): unknown {
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw protocolError(`${info.what}: the answer is not JSON: ${text.slice(0, 120)}`, { url: info.url }, e);
  }
}
