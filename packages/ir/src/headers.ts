import { ErrorCode, KindlingError } from '@kindling/core';

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/** The 4-character file identifier at bytes 4..8 of a flatbuffer file, or '' when too short. */
export function fileIdentifier(bytes: Uint8Array): string {
  return bytes.byteLength >= 8 ? ascii(bytes, 4, 4) : '';
}

function u64(view: DataView, offset: number, what: string): number {
  const v = view.getBigUint64(offset, true);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new KindlingError(ErrorCode.InvalidProgram, `${what} ${v} is out of range`, { context: { offset } });
  }
  return Number(v);
}

/** The `eh00` extended header of a `.pte` (spliced in at byte 8, before the flatbuffer body). */
export interface ProgramHeader {
  /** Header length as stored (24 in old files, 32 now). */
  length: number;
  /** Bytes of the flatbuffer region, from file offset 0 (includes the header). */
  programSize: number;
  /** Absolute offset of the first segment; 0 when there are none. */
  segmentBaseOffset: number;
  /** Bytes of segment data (0 in 24-byte headers, which do not store it). */
  segmentDataSize: number;
}

const PROGRAM_HEADER_MAGIC = 'eh00';
/** Length of the extended header this library writes. */
export const PROGRAM_HEADER_LENGTH = 32;

/**
 * Parses the `eh00` header from the first bytes of a file (at least 8). Returns `null` when there
 * is no header (the whole file is then the flatbuffer). Checks lengths against `fileSize`.
 */
export function parseProgramHeader(head: Uint8Array, fileSize: number): ProgramHeader | null {
  if (head.byteLength < 12 || ascii(head, 8, 4) !== PROGRAM_HEADER_MAGIC) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (head.byteLength < 16) throw new KindlingError(ErrorCode.InvalidProgram, 'truncated extended header');
  const length = view.getUint32(12, true);
  if (length < 24) {
    throw new KindlingError(ErrorCode.InvalidProgram, `extended header length ${length} is shorter than 24 bytes`, {
      context: { offset: 12 },
    });
  }
  const hasDataSize = length >= 32;
  if (head.byteLength < (hasDataSize ? 40 : 32)) {
    throw new KindlingError(ErrorCode.InvalidProgram, 'truncated extended header');
  }
  const header: ProgramHeader = {
    length,
    programSize: u64(view, 16, 'program size'),
    segmentBaseOffset: u64(view, 24, 'segment base offset'),
    segmentDataSize: hasDataSize ? u64(view, 32, 'segment data size') : 0,
  };
  if (header.programSize < 8 + length || header.programSize > fileSize) {
    throw new KindlingError(
      ErrorCode.InvalidProgram,
      `program size ${header.programSize} does not fit a ${fileSize}-byte file`,
      { context: { offset: 16 } },
    );
  }
  if (header.segmentBaseOffset !== 0) {
    if (header.segmentBaseOffset < header.programSize) {
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `segment base offset ${header.segmentBaseOffset} lies inside the program (${header.programSize} bytes)`,
        { context: { offset: 24 } },
      );
    }
    if (header.segmentBaseOffset > fileSize) {
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `the file is truncated: segments start at ${header.segmentBaseOffset}, the file has ${fileSize} bytes`,
        { context: { offset: 24 } },
      );
    }
    if (header.segmentBaseOffset + header.segmentDataSize > fileSize) {
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `the file is truncated: segments end at ${header.segmentBaseOffset + header.segmentDataSize}, the file has ${fileSize} bytes`,
        { context: { offset: 32 } },
      );
    }
  } else if (header.segmentDataSize !== 0) {
    throw new KindlingError(ErrorCode.InvalidProgram, 'segment data size without a segment base offset', {
      context: { offset: 32 },
    });
  }
  return header;
}

/** Serialises an `eh00` header of {@link PROGRAM_HEADER_LENGTH} bytes. */
export function serializeProgramHeader(h: Omit<ProgramHeader, 'length'>): Uint8Array {
  const out = new Uint8Array(PROGRAM_HEADER_LENGTH);
  const view = new DataView(out.buffer);
  out.set([0x65, 0x68, 0x30, 0x30], 0);
  view.setUint32(4, PROGRAM_HEADER_LENGTH, true);
  view.setBigUint64(8, BigInt(h.programSize), true);
  view.setBigUint64(16, BigInt(h.segmentBaseOffset), true);
  view.setBigUint64(24, BigInt(h.segmentDataSize), true);
  return out;
}

/** The `FH01` header of a `.ptd` file (spliced in at byte 8). */
export interface FlatTensorHeader {
  length: number;
  /** Padded header length: the flatbuffer region is `[0, flatbufferOffset + flatbufferSize)`. */
  flatbufferOffset: number;
  /** Size of the flatbuffer before the header was inserted. */
  flatbufferSize: number;
  segmentBaseOffset: number;
  segmentDataSize: number;
}

const FLAT_TENSOR_HEADER_MAGIC = 'FH01';
export const FLAT_TENSOR_HEADER_LENGTH = 40;

/** Parses and checks the `FH01` header of a `.ptd` file. */
export function parseFlatTensorHeader(head: Uint8Array, fileSize: number): FlatTensorHeader {
  if (head.byteLength < 12 || ascii(head, 8, 4) !== FLAT_TENSOR_HEADER_MAGIC) {
    throw new KindlingError(ErrorCode.InvalidExternalData, 'not a tensor data file: the FH01 header is missing');
  }
  if (head.byteLength < 48) throw new KindlingError(ErrorCode.InvalidExternalData, 'truncated FH01 header');
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const length = view.getUint32(12, true);
  if (length < FLAT_TENSOR_HEADER_LENGTH) {
    throw new KindlingError(ErrorCode.InvalidExternalData, `FH01 header length ${length} is shorter than 40 bytes`);
  }
  const h: FlatTensorHeader = {
    length,
    flatbufferOffset: u64(view, 16, 'flatbuffer offset'),
    flatbufferSize: u64(view, 24, 'flatbuffer size'),
    segmentBaseOffset: u64(view, 32, 'segment base offset'),
    segmentDataSize: u64(view, 40, 'segment data size'),
  };
  const fbEnd = h.flatbufferOffset + h.flatbufferSize;
  if (h.flatbufferOffset < 8 + length || fbEnd > fileSize || fbEnd < 16) {
    throw new KindlingError(ErrorCode.InvalidExternalData, `flatbuffer region does not fit a ${fileSize}-byte file`);
  }
  if (h.segmentBaseOffset < fbEnd && h.segmentDataSize > 0) {
    throw new KindlingError(ErrorCode.InvalidExternalData, 'segment data overlaps the flatbuffer');
  }
  if (h.segmentBaseOffset + h.segmentDataSize > fileSize) {
    throw new KindlingError(
      ErrorCode.InvalidExternalData,
      `the file is truncated: segments end at ${h.segmentBaseOffset + h.segmentDataSize}, the file has ${fileSize} bytes`,
    );
  }
  return h;
}

/** Serialises an `FH01` header of {@link FLAT_TENSOR_HEADER_LENGTH} bytes. */
export function serializeFlatTensorHeader(h: Omit<FlatTensorHeader, 'length'>): Uint8Array {
  const out = new Uint8Array(FLAT_TENSOR_HEADER_LENGTH);
  const view = new DataView(out.buffer);
  out.set([0x46, 0x48, 0x30, 0x31], 0);
  view.setUint32(4, FLAT_TENSOR_HEADER_LENGTH, true);
  view.setBigUint64(8, BigInt(h.flatbufferOffset), true);
  view.setBigUint64(16, BigInt(h.flatbufferSize), true);
  view.setBigUint64(24, BigInt(h.segmentBaseOffset), true);
  view.setBigUint64(32, BigInt(h.segmentDataSize), true);
  return out;
}

/** Rounds `n` up to a multiple of `alignment`. */
export function alignUp(n: number, alignment: number): number {
  return Math.ceil(n / alignment) * alignment;
}
