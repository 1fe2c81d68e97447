import { ErrorCode, KindlingError } from '@kindling/core';

/** Where program or data bytes come from: bytes, a URL (fetched), or a file path (Node only). */
export type BytesSource = Uint8Array | ArrayBuffer | URL | string;

interface NodeFs {
  readFile(path: string | URL): Promise<Uint8Array>;
}

/** True when running in Node (or a runtime with Node's `process.versions.node`). */
function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string';
}

async function nodeFs(): Promise<NodeFs> {
  // Built at run time so that bundlers for the browser never see (or try to resolve) the module.
  const specifier = ['node', 'fs/promises'].join(':');
  return (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as NodeFs;
}

async function fetchBytes(url: string | URL): Promise<Uint8Array> {
  const f = (globalThis as { fetch?: typeof fetch }).fetch;
  if (typeof f !== 'function')
    throw new KindlingError(ErrorCode.NotSupported, `cannot fetch ${String(url)}: this environment has no fetch()`);
  let response: Response;
  try {
    response = await f(url);
  } catch (cause) {
    throw new KindlingError(
      ErrorCode.AccessFailed,
      `could not fetch ${String(url)}: ${(cause as Error)?.message ?? cause}`,
      { cause },
    );
  }
  if (!response.ok) {
    throw new KindlingError(
      response.status === 404 ? ErrorCode.NotFound : ErrorCode.AccessFailed,
      `fetching ${String(url)} failed: HTTP ${response.status}`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function readFileBytes(path: string | URL): Promise<Uint8Array> {
  try {
    const fs = await nodeFs();
    const buf = await fs.readFile(path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (cause) {
    const code = (cause as { code?: string })?.code;
    throw new KindlingError(
      code === 'ENOENT' ? ErrorCode.NotFound : ErrorCode.AccessFailed,
      code === 'ENOENT'
        ? `no such file: ${String(path)}`
        : `could not read ${String(path)}: ${(cause as Error)?.message ?? cause}`,
      { cause, context: { path: String(path) } },
    );
  }
}

/**
 * Reads bytes from a source: `Uint8Array` (used as is), `ArrayBuffer` (viewed), `URL` (fetched;
 * `file:` URLs read from disk in Node), or a string: an `http(s):`/`data:`/`blob:` URL is fetched,
 * anything else is a file path in Node and a (relative) URL elsewhere. `Module.load` and
 * `loadDataFile` read their sources with it.
 */
export async function loadBytes(source: BytesSource): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (source instanceof URL) {
    if (source.protocol === 'file:' && isNode()) return readFileBytes(source);
    return fetchBytes(source);
  }
  if (typeof source === 'string') {
    if (/^(https?|data|blob):/i.test(source)) return fetchBytes(source);
    if (/^file:/i.test(source) && isNode()) return readFileBytes(new URL(source));
    return isNode() ? readFileBytes(source) : fetchBytes(source);
  }
  throw new KindlingError(
    ErrorCode.InvalidArgument,
    'expected program bytes (Uint8Array or ArrayBuffer), a URL, or a file path',
  );
}
