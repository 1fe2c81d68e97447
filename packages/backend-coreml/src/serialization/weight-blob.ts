import { ErrorCode, KindlingError } from '@kindling/core';

/**
 * Core ML's weight file (`weights/weight.bin`, blob storage version 2): a 64-byte header
 * `{u32 count, u32 version = 2, reserved}`, then for each blob a 64-byte record
 * `{u32 sentinel 0xDEADBEEF, u32 dtype, u64 size in bytes, u64 offset of the data, u64 padding
 * bits, reserved}` followed by its data, everything aligned to 64 bytes. An ML Program refers to
 * a blob by the offset of its record.
 */

/** Blob element types as the storage numbers them. */
export const BlobDataType = {
  Float16: 1,
  Float32: 2,
  UInt8: 3,
  Int8: 4,
  BFloat16: 5,
  Int16: 6,
  UInt16: 7,
  Int4: 8,
  UInt1: 9,
  UInt2: 10,
  UInt4: 11,
  UInt3: 12,
  UInt6: 13,
  Int32: 14,
  UInt32: 15,
} as const;

/** The record sentinel. */
export const BLOB_SENTINEL = 0xdeadbeef;
const HEADER_BYTES = 64;
const RECORD_BYTES = 64;

/** One blob: its storage type and its bytes (a view into the weight file). */
export interface WeightBlob {
  readonly dtype: number;
  readonly data: Uint8Array;
}

function fail(message: string, offset: number): never {
  throw new KindlingError(ErrorCode.InvalidProgram, `Core ML weight file: ${message}`, {
    context: { backend: 'CoreMLBackend', offset },
  });
}

/** Reads the blob whose record starts at `offset` of the weight file `file`, checking every bound. */
export function readWeightBlob(file: Uint8Array, offset: number): WeightBlob {
  if (file.byteLength < HEADER_BYTES) fail(`${file.byteLength} bytes, shorter than its header`, 0);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const version = view.getUint32(4, true);
  if (version !== 2) fail(`storage version ${version} is not supported (2 is)`, 4);
  if (!Number.isSafeInteger(offset) || offset < HEADER_BYTES || offset > file.byteLength - RECORD_BYTES) {
    fail(`a blob offset ${offset} lies outside the file (${file.byteLength} B)`, offset);
  }
  if (offset % 64 !== 0) fail(`a blob offset ${offset} is not 64-byte aligned`, offset);
  if (view.getUint32(offset, true) !== BLOB_SENTINEL) fail(`no blob record at offset ${offset}`, offset);
  const dtype = view.getUint32(offset + 4, true);
  const size = u64(view, offset + 8);
  const dataOffset = u64(view, offset + 16);
  if (dataOffset < offset + RECORD_BYTES || dataOffset > file.byteLength || size > file.byteLength - dataOffset) {
    fail(`the blob at ${offset} (${size} B at ${dataOffset}) lies outside the file (${file.byteLength} B)`, offset);
  }
  return { dtype, data: file.subarray(dataOffset, dataOffset + size) };
}

function u64(view: DataView, at: number): number {
  const lo = view.getUint32(at, true);
  const hi = view.getUint32(at + 4, true);
  // anything at or above 2^32 is past any weight file this reader accepts
  return hi === 0 ? lo : Number.MAX_SAFE_INTEGER;
}

/** Rounds `n` up to a multiple of 64. */
const align64 = (n: number): number => Math.ceil(n / 64) * 64;

/**
 * Writes a weight file (blob storage version 2) holding `blobs` in order, and the offset of each
 * blob's record (what an ML Program's `blobFileValue.offset` names). The inverse of
 * {@link readWeightBlob}.
 */
export function writeWeightFile(blobs: readonly WeightBlob[]): { file: Uint8Array; offsets: number[] } {
  let size = HEADER_BYTES;
  const offsets: number[] = [];
  for (const b of blobs) {
    offsets.push(size);
    size += RECORD_BYTES + align64(b.data.byteLength);
  }
  const file = new Uint8Array(size);
  const view = new DataView(file.buffer);
  view.setUint32(0, blobs.length, true);
  view.setUint32(4, 2, true);
  for (const [i, b] of blobs.entries()) {
    const at = offsets[i] as number;
    view.setUint32(at, BLOB_SENTINEL, true);
    view.setUint32(at + 4, b.dtype, true);
    view.setUint32(at + 8, b.data.byteLength, true); // u64, high half 0
    view.setUint32(at + 16, at + RECORD_BYTES, true);
    file.set(b.data, at + RECORD_BYTES);
  }
  return { file, offsets };
}
