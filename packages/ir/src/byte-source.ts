import { ErrorCode, KindlingError } from '@kindling/core';

/**
 * Random access to the bytes of a file without holding all of them: readers ask only for the
 * ranges they need (headers, the flatbuffer, one segment at a time).
 */
export interface ByteSource {
  /** Total size in bytes. */
  readonly size: number;
  /** `length` bytes at `offset`. May return a view into memory the source owns. */
  read(offset: number, length: number): Uint8Array;
}

/** A {@link ByteSource} over bytes already in memory (views, never copies). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    read(offset: number, length: number): Uint8Array {
      if (!(Number.isSafeInteger(offset) && Number.isSafeInteger(length) && offset >= 0 && length >= 0)) {
        throw new KindlingError(ErrorCode.InvalidArgument, `invalid byte range ${offset}+${length}`);
      }
      if (offset + length > bytes.byteLength) {
        throw new KindlingError(
          ErrorCode.InvalidProgram,
          `read of ${length} bytes at offset ${offset} is past the end of the ${bytes.byteLength}-byte file`,
          { context: { offset } },
        );
      }
      return bytes.subarray(offset, offset + length);
    },
  };
}

/** Accepts bytes in any common form and returns a {@link ByteSource}. */
export function toByteSource(input: ByteSource | Uint8Array | ArrayBuffer): ByteSource {
  if (input instanceof Uint8Array) return bytesSource(input);
  if (input instanceof ArrayBuffer) return bytesSource(new Uint8Array(input));
  return input;
}
