import { ErrorCode, KindlingError } from '@kindling/core';

/**
 * Where program or data bytes come from: bytes, a URL (fetched), a file path (Node only), a fetch
 * `Response` (its body is read), or a `Blob` / `File`.
 */
export type BytesSource = Uint8Array | ArrayBuffer | URL | string | Response | Blob;

/** Options for {@link loadBytes} (and the same options of `Module.load` and `loadDataFile`). */
export interface LoadBytesOptions {
  /**
   * Stops the load: it rejects with an `InvalidState` `KindlingError` (`context.aborted: true`, the
   * signal's reason as `cause`). Also passed to `fetch` and to Node's `readFile`.
   */
  signal?: AbortSignal;
  /**
   * Called as bytes arrive: `loaded` so far and the `total` when known (a `Blob`'s size, a file's
   * size, a response's `Content-Length` when it is not content-encoded), else `undefined`. Bytes
   * given directly and files read in Node report once, when complete.
   */
  onProgress?: (loaded: number, total: number | undefined) => void;
  /** Options for `fetch` when the source is a URL (headers, credentials, cache, ...). */
  fetchOptions?: RequestInit;
}

/** True when running in Node (or a runtime with Node's `process.versions.node`). */
function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string';
}

async function readFile(path: string | URL, signal: AbortSignal | undefined): Promise<Uint8Array> {
  // The specifier is built at run time so that bundlers for the browser never see (or try to resolve) it.
  const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ ['node', 'fs/promises'].join(':'))) as {
    readFile(path: string | URL, options: { signal?: AbortSignal | undefined }): Promise<Uint8Array>;
  };
  try {
    const buf = await fs.readFile(path, { signal });
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (cause) {
    if ((cause as { code?: string })?.code !== 'ENOENT') throw cause;
    throw new KindlingError(ErrorCode.NotFound, `no such file: ${String(path)}`, {
      cause,
      context: { path: String(path) },
    });
  }
}

/** Reads a body to its end, reporting progress and observing the signal between chunks. */
async function readBody(
  body: ReadableStream<Uint8Array>,
  total: number | undefined,
  { signal, onProgress }: LoadBytesOptions,
): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      signal?.throwIfAborted();
      chunks.push(r.value);
      loaded += r.value.byteLength;
      onProgress?.(loaded, total);
    }
  } catch (e) {
    void reader.cancel().catch(() => undefined);
    throw e;
  }
  return chunks.length === 1
    ? (chunks[0] as Uint8Array)
    : new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

async function responseBytes(response: Response, what: string, options: LoadBytesOptions): Promise<Uint8Array> {
  const { status, headers, body } = response;
  if (!response.ok) {
    throw new KindlingError(
      status === 404 ? ErrorCode.NotFound : ErrorCode.AccessFailed,
      `fetching ${what} failed: HTTP ${status}`,
      { context: { status } },
    );
  }
  if (response.bodyUsed) throw new KindlingError(ErrorCode.InvalidArgument, `the body of ${what} was already read`);
  // An encoded body's length is not the length of the bytes it decodes to.
  const total = headers.has('content-encoding') ? Number.NaN : Number(headers.get('content-length') ?? Number.NaN);
  return body ? readBody(body, total >= 0 ? total : undefined, options) : new Uint8Array(await response.arrayBuffer());
}

/**
 * Reads bytes from a source: `Uint8Array` (used as is), `ArrayBuffer` (viewed), `URL` (fetched;
 * `file:` URLs read from disk in Node), a string (an `http(s):`/`data:`/`blob:` URL is fetched,
 * anything else is a file path in Node and a (relative) URL elsewhere), a `Response` (its body is
 * read; an HTTP error status fails) or a `Blob` / `File`. `Module.load` and `loadDataFile` read
 * their sources with it. Failures are `KindlingError`s: `NotFound` (HTTP 404, missing file),
 * `AccessFailed` (other HTTP errors, network and read errors), `InvalidState` when `signal`
 * aborts, `InvalidArgument` for a source of another type.
 */
export async function loadBytes(source: BytesSource, options: LoadBytesOptions = {}): Promise<Uint8Array> {
  const { signal, onProgress } = options;
  const named = typeof source === 'string' || source instanceof URL;
  const what = named ? String(source) : 'the source';
  try {
    signal?.throwIfAborted();
    // Bodies report progress as they are read; bytes and files once, complete.
    const whole = (bytes: Uint8Array): Uint8Array => {
      onProgress?.(bytes.byteLength, bytes.byteLength);
      return bytes;
    };
    if (source instanceof Uint8Array) return whole(source);
    if (source instanceof ArrayBuffer) return whole(new Uint8Array(source));
    if (typeof Blob === 'function' && source instanceof Blob)
      return await readBody(source.stream(), source.size, options);
    if (typeof Response === 'function' && source instanceof Response) return await responseBytes(source, what, options);
    if (!named) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        'expected program bytes (Uint8Array or ArrayBuffer), a URL, a file path, a Response or a Blob',
      );
    }
    if (isNode() && /^file:/i.test(what)) return whole(await readFile(new URL(what), signal));
    if (isNode() && typeof source === 'string' && !/^(https?|data|blob):/i.test(what))
      return whole(await readFile(what, signal));
    const f = (globalThis as { fetch?: typeof fetch }).fetch;
    if (typeof f !== 'function')
      throw new KindlingError(ErrorCode.NotSupported, `cannot fetch ${what}: this environment has no fetch()`);
    // The signal also stops the fetch and its body (then the catch below reports the abort).
    const init = { ...options.fetchOptions };
    if (signal) init.signal = signal;
    return await responseBytes(await f(source, init), what, options);
  } catch (cause) {
    if (KindlingError.isInstance(cause)) throw cause;
    const aborted = signal ?? options.fetchOptions?.signal;
    if (aborted?.aborted)
      throw new KindlingError(ErrorCode.InvalidState, `loading ${what} was aborted`, {
        cause: aborted.reason,
        context: { aborted: true },
      });
    throw new KindlingError(ErrorCode.AccessFailed, `could not read ${what}: ${(cause as Error)?.message ?? cause}`, {
      cause,
    });
  }
}
