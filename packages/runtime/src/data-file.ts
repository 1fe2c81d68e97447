import { ErrorCode, type NamedDataMap } from '@kindling/core';
import { FlatTensorFile } from '@kindling/ir';
import { asKindlingError } from './errors.js';
import { type BytesSource, type LoadBytesOptions, loadBytes } from './load-source.js';

/**
 * Reads a `.ptd` external tensor data file into a named data map for the `dataFiles` option of
 * `Module.load` and `Program.load`. The header, the flatbuffer, every segment range and every
 * layout are checked; a malformed file is refused with `InvalidExternalData`, whose message starts
 * with `name` (and whose `context.path` is `name`) when one is given.
 *
 * ```ts
 * const program = Program.load(pteBytes, { dataFiles: [readDataFile(ptdBytes, 'model.ptd')] });
 * ```
 */
export function readDataFile(bytes: Uint8Array | ArrayBuffer, name?: string): NamedDataMap {
  try {
    return FlatTensorFile.read(bytes).namedData();
  } catch (e) {
    throw asKindlingError(e, ErrorCode.InvalidExternalData, name ? { path: name } : undefined, name);
  }
}

/**
 * {@link readDataFile} from bytes, a URL (fetched) or a file path (Node), a `Response` or a `Blob`,
 * read by {@link loadBytes} (with its `signal`, `onProgress` and `fetchOptions`); an error names
 * the URL or path.
 *
 * ```ts
 * const m = await Module.load('model.pte', {
 *   kernels,
 *   dataFiles: [await loadDataFile('model.ptd')],
 * });
 * ```
 */
export async function loadDataFile(source: BytesSource, options?: LoadBytesOptions): Promise<NamedDataMap> {
  const bytes = await loadBytes(source, options);
  return readDataFile(bytes, typeof source === 'string' || source instanceof URL ? String(source) : undefined);
}
