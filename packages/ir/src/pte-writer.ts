import { ErrorCode, KindlingError } from '@kindling/core';
import { alignUp, PROGRAM_HEADER_LENGTH, serializeProgramHeader } from './headers.js';
import type { ProgramData } from './program-data.js';
import { encodeProgram } from './program-encoder.js';
import type { PteFile } from './pte-file.js';

/** Options for {@link writePte}. */
export interface WritePteOptions {
  /** Alignment of every segment start, relative to the segment base (default 128, as ExecuTorch). */
  segmentAlignment?: number;
}

/** Default segment alignment of ExecuTorch's serializer. */
export const SEGMENT_ALIGNMENT = 128;

/**
 * Writes a `.pte`: the program flatbuffer, then (when any segment holds bytes) the `eh00` extended
 * header spliced in after the 8-byte prefix, zero padding to the segment base, and the segments,
 * each starting at a multiple of `segmentAlignment`. `segmentData[i]` is the content of segment `i`;
 * the program's `segments` table is rewritten to match.
 */
export function writePte(
  program: ProgramData,
  segmentData: readonly Uint8Array[],
  options: WritePteOptions = {},
): Uint8Array {
  const alignment = options.segmentAlignment ?? SEGMENT_ALIGNMENT;
  if (!Number.isInteger(alignment) || alignment < 1 || alignment > 1 << 20) {
    throw new KindlingError(ErrorCode.InvalidArgument, `invalid segment alignment ${alignment}`);
  }
  if (segmentData.length !== program.segments.length) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `${segmentData.length} segment contents given for ${program.segments.length} segments`,
    );
  }
  const offsets: number[] = [];
  let end = 0;
  for (const data of segmentData) {
    const offset = alignUp(end, alignment);
    offsets.push(offset);
    end = offset + data.byteLength;
  }
  const laidOut: ProgramData = {
    ...program,
    segments: segmentData.map((d, i) => ({ offset: BigInt(offsets[i] as number), size: BigInt(d.byteLength) })),
  };
  const flatbuffer = encodeProgram(laidOut);
  if (end === 0) return flatbuffer;

  // Splice the header in at byte 8 and move the root offset past it. The header is 32 bytes, a
  // multiple of the schema's largest alignment (16), so every table keeps its alignment.
  const programSize = flatbuffer.byteLength + PROGRAM_HEADER_LENGTH;
  const base = alignUp(programSize, alignment);
  const out = new Uint8Array(base + end);
  out.set(flatbuffer.subarray(0, 8), 0);
  out.set(serializeProgramHeader({ programSize, segmentBaseOffset: base, segmentDataSize: end }), 8);
  out.set(flatbuffer.subarray(8), 8 + PROGRAM_HEADER_LENGTH);
  const view = new DataView(out.buffer);
  view.setUint32(0, view.getUint32(0, true) + PROGRAM_HEADER_LENGTH, true);
  segmentData.forEach((d, i) => {
    out.set(d, base + (offsets[i] as number));
  });
  return out;
}

/** Re-writes a file read with `PteFile.read`, keeping its program and segment contents. */
export function rewritePte(file: PteFile, options?: WritePteOptions): Uint8Array {
  const data = file.program.segments.map((_, i) => file.segmentBytes(i));
  return writePte(file.program, data, options);
}
