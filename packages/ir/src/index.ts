export { bytesOf, CheckedByteBuffer, guardDecode, readList, requireTable } from '@kindling/backend-utils';
export {
  BUNDLED_PROGRAM_IDENTIFIER,
  type BundledProgramData,
  type BundledTestCase,
  type BundledTestSuite,
  type BundledValue,
  isBundledProgram,
  readBundledProgram,
  writeBundledProgram,
} from './bundled-program.js';
export { type ByteSource, bytesSource, toByteSource } from './byte-source.js';
export {
  type DelegateSummary,
  describeProgram,
  formatInstruction,
  formatMethodInstructions,
  formatValueRef,
  type JsonInt,
  type MethodSummary,
  type OperatorSummary,
  operatorName,
  type ProgramSummary,
  type SegmentSummary,
  type TensorStorage,
  type ValueSummary,
} from './describe.js';
export {
  decodeFlatTensor,
  FLAT_TENSOR_IDENTIFIER,
  type FlatTensorData,
  type FlatTensorEntry,
  FlatTensorFile,
} from './flat-tensor.js';
export { type FlatTensorInput, writeFlatTensor } from './flat-tensor-writer.js';
export * from './graph/index.js';
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
export * from './program-data.js';
export { decodeProgram } from './program-decoder.js';
export { encodeProgram } from './program-encoder.js';
export { PROGRAM_IDENTIFIER, PteFile, type ReadProgramOptions } from './pte-file.js';
export { rewritePte, SEGMENT_ALIGNMENT, type WritePteOptions, writePte } from './pte-writer.js';
export { plannedOffset, tensorByteSize, validateProgram } from './validate-program.js';
