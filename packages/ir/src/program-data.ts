import { DataLocation } from './generated/executorch-flatbuffer/data-location.js';
import { TensorDataLocation } from './generated/executorch-flatbuffer/tensor-data-location.js';
import { TensorShapeDynamism } from './generated/executorch-flatbuffer/tensor-shape-dynamism.js';

/**
 * The contents of a program file (`.pte`) as plain data, field for field as the `Program` flatbuffer
 * stores them (names in camelCase). 64-bit integers whose exact value matters are `bigint`; indices
 * are numbers. Absent vectors read as empty ones; absent optional tables as `null`.
 *
 * Segment bytes are not part of this data: {@link ProgramData.segments} holds their offsets and
 * sizes; the bytes are reached through the file (see `PteFile`).
 */

/** Where a planned tensor lives: planned buffer `memoryId` (1-based), at a 64-bit offset. */
export interface AllocationDetailsData {
  memoryId: number;
  memoryOffsetLow: number;
  memoryOffsetHigh: number;
}

export { DataLocation, TensorDataLocation, TensorShapeDynamism };

export interface ExtraTensorInfoData {
  mutableDataSegmentsIdx: bigint;
  fullyQualifiedName: string | null;
  location: TensorDataLocation;
  deviceType: number;
  deviceIndex: number;
}

export interface TensorData {
  scalarType: number;
  storageOffset: number;
  sizes: number[];
  dimOrder: number[];
  requiresGrad: boolean;
  dataBufferIdx: number;
  allocationInfo: AllocationDetailsData | null;
  layout: number;
  shapeDynamism: TensorShapeDynamism;
  extraTensorInfo: ExtraTensorInfoData | null;
}

/** One entry of a method's value table (the `KernelTypes` union). */
export type EValueData =
  | { type: 'Null' }
  | { type: 'Int'; value: bigint }
  | { type: 'Bool'; value: boolean }
  | { type: 'Double'; value: number }
  | { type: 'String'; value: string }
  | { type: 'Tensor'; tensor: TensorData }
  /** Indices of Int values (not literal integers). */
  | { type: 'IntList'; items: number[] }
  | { type: 'DoubleList'; items: number[] }
  | { type: 'BoolList'; items: boolean[] }
  /** Indices of Tensor values. */
  | { type: 'TensorList'; items: number[] }
  /** Indices of Tensor values, -1 for None. */
  | { type: 'OptionalTensorList'; items: number[] };

/** The type tags of {@link EValueData}, numbered as the `KernelTypes` union. */
export const KERNEL_TYPES = [
  'Null',
  'Int',
  'Bool',
  'Double',
  'Tensor',
  'String',
  'IntList',
  'DoubleList',
  'BoolList',
  'TensorList',
  'OptionalTensorList',
] as const;

export interface OperatorData {
  name: string;
  overload: string;
}

/** One instruction (the `InstructionArguments` union). */
export type InstructionData =
  | { type: 'KernelCall'; opIndex: number; args: number[] }
  | { type: 'DelegateCall'; delegateIndex: number; args: number[] }
  | { type: 'MoveCall'; moveFrom: number; moveTo: number }
  | { type: 'JumpFalseCall'; condValueIndex: number; destinationInstruction: number }
  | { type: 'FreeCall'; valueIndex: number };

/** The type tags of {@link InstructionData}, numbered as the `InstructionArguments` union. */
export const INSTRUCTION_TYPES = ['KernelCall', 'DelegateCall', 'MoveCall', 'JumpFalseCall', 'FreeCall'] as const;

export interface FrameData {
  filename: string | null;
  lineno: number;
  name: string | null;
  context: string | null;
}

export interface ChainData {
  inputs: number[];
  outputs: number[];
  instructions: InstructionData[];
  /** One frame list per instruction, when the program was exported with stack traces. */
  stacktrace: FrameData[][] | null;
}

export interface CompileSpecData {
  key: string;
  value: Uint8Array;
}

export interface BackendDelegateData {
  id: string;
  processed: { location: DataLocation; index: number } | null;
  compileSpecs: CompileSpecData[];
}

export interface ContainerMetadataData {
  encodedInpStr: string;
  encodedOutStr: string;
}

export interface NonConstBufferDeviceData {
  bufferIdx: number;
  deviceType: number;
  deviceIndex: number;
}

export interface ExecutionPlanData {
  name: string;
  containerMetaType: ContainerMetadataData | null;
  values: EValueData[];
  inputs: number[];
  outputs: number[];
  chains: ChainData[];
  operators: OperatorData[];
  delegates: BackendDelegateData[];
  /** Entry 0 is a reserved placeholder; planned buffer k (memory id k) has size entry k. */
  nonConstBufferSizes: bigint[];
  nonConstBufferDevice: NonConstBufferDeviceData[];
}

export interface DataSegmentData {
  /** Offset relative to the segment base offset of the extended header. */
  offset: bigint;
  size: bigint;
}

export interface SubsegmentOffsetsData {
  segmentIndex: number;
  /** Entry 0 is a reserved placeholder. */
  offsets: bigint[];
}

export interface NamedDataData {
  key: string;
  segmentIndex: number;
}

export interface ProgramData {
  version: number;
  executionPlan: ExecutionPlanData[];
  /** Deprecated in-flatbuffer constant storage; entry 0 is the reserved empty buffer. */
  constantBuffer: Uint8Array[];
  backendDelegateData: Uint8Array[];
  segments: DataSegmentData[];
  constantSegment: SubsegmentOffsetsData | null;
  mutableDataSegments: SubsegmentOffsetsData[];
  namedData: NamedDataData[];
}
