export { type ByteSource, bytesSource, toByteSource } from './byte-source.js';
export { CheckedByteBuffer } from './checked-byte-buffer.js';
export {
  alignUp,
  FLAT_TENSOR_HEADER_LENGTH,
  type FlatTensorHeader,
  fileIdentifier,
  PROGRAM_HEADER_LENGTH,
  type ProgramHeader,
  parseFlatTensorHeader,
  parseProgramHeader,
} from './headers.js';
export { decodeProgram } from './program-decoder.js';
export { encodeProgram } from './program-encoder.js';
export * from './program-data.js';
export { PROGRAM_IDENTIFIER, PteFile, type ReadProgramOptions } from './pte-file.js';
export { rewritePte, SEGMENT_ALIGNMENT, type WritePteOptions, writePte } from './pte-writer.js';
export { plannedOffset, tensorByteSize, validateProgram } from './validate-program.js';
