import { guardDecode } from '@kindling/backend-utils';
import {
  bool,
  byteView,
  type FlatView,
  fail,
  float64,
  float64s,
  has,
  int,
  ints,
  long,
  longs,
  openFlat,
  str,
  table,
  tables,
  union,
} from './flat-view.js';
import type {
  BackendDelegateData,
  ChainData,
  EValueData,
  ExecutionPlanData,
  InstructionData,
  ProgramData,
  SubsegmentOffsetsData,
  TensorData,
} from './program-data.js';

// Field ids below are the declaration order of the fields in schema/program.fbs.

/** The table of union member `type` at `pos`, refusing a missing one. */
function payload(f: FlatView, pos: number | null, what: string): number {
  return pos ?? fail(f, `missing ${what}`);
}

function decodeTensor(f: FlatView, t: number): TensorData {
  const alloc = table(f, t, 6);
  const extra = table(f, t, 9);
  return {
    scalarType: int(f, t, 0, 'i8'),
    storageOffset: int(f, t, 1, 'i32'),
    sizes: ints(f, t, 2, 'i32'),
    dimOrder: ints(f, t, 3, 'u8'),
    requiresGrad: bool(f, t, 4),
    dataBufferIdx: int(f, t, 5, 'u32'),
    allocationInfo:
      alloc === null
        ? null
        : {
            memoryId: int(f, alloc, 0, 'u32'),
            memoryOffsetLow: int(f, alloc, 1, 'u32'),
            memoryOffsetHigh: int(f, alloc, 2, 'u32'),
          },
    layout: int(f, t, 7, 'i8'),
    shapeDynamism: int(f, t, 8, 'i8'),
    extraTensorInfo:
      extra === null
        ? null
        : {
            mutableDataSegmentsIdx: long(f, extra, 0, false),
            fullyQualifiedName: str(f, extra, 1),
            location: int(f, extra, 2, 'i8'),
            deviceType: int(f, extra, 3, 'i8'),
            deviceIndex: int(f, extra, 4, 'i8'),
          },
  };
}

/** The `KernelTypes` union, numbered as in the schema (0 is NONE). */
function decodeEValue(f: FlatView, ev: number, where: string): EValueData {
  const [type, pos] = union(f, ev, 0);
  if (type === 1) return { type: 'Null' };
  if (type < 1 || type > 11) {
    fail(f, type === 0 ? `${where} has no value` : `${where} has unknown value type ${type}`);
  }
  const v = payload(f, pos, `${where} payload`);
  switch (type) {
    case 2:
      return { type: 'Int', value: long(f, v, 0, true) };
    case 3:
      return { type: 'Bool', value: bool(f, v, 0) };
    case 4:
      return { type: 'Double', value: float64(f, v, 0) };
    case 5:
      return { type: 'Tensor', tensor: decodeTensor(f, v) };
    case 6:
      return { type: 'String', value: str(f, v, 0) ?? '' };
    case 7:
      return { type: 'IntList', items: longs(f, v, 0, true).map(Number) };
    case 8:
      return { type: 'DoubleList', items: float64s(f, v, 0) };
    case 9:
      return { type: 'BoolList', items: ints(f, v, 0, 'i8').map((b) => b !== 0) };
    case 10:
      return { type: 'TensorList', items: ints(f, v, 0, 'i32') };
    default:
      return { type: 'OptionalTensorList', items: ints(f, v, 0, 'i32') };
  }
}

/** The `InstructionArguments` union, numbered as in the schema (0 is NONE). */
function decodeInstruction(f: FlatView, ins: number, where: string): InstructionData {
  const [type, pos] = union(f, ins, 0);
  if (type < 1 || type > 5) {
    fail(f, type === 0 ? `${where} has no arguments` : `${where} has unknown instruction type ${type}`);
  }
  const a = payload(f, pos, `${where} arguments`);
  switch (type) {
    case 1:
      return { type: 'KernelCall', opIndex: int(f, a, 0, 'i32'), args: ints(f, a, 1, 'i32') };
    case 2:
      return { type: 'DelegateCall', delegateIndex: int(f, a, 0, 'i32'), args: ints(f, a, 1, 'i32') };
    case 3:
      return { type: 'MoveCall', moveFrom: int(f, a, 0, 'i32'), moveTo: int(f, a, 1, 'i32') };
    case 4:
      return {
        type: 'JumpFalseCall',
        condValueIndex: int(f, a, 0, 'i32'),
        destinationInstruction: int(f, a, 1, 'i32'),
      };
    default:
      return { type: 'FreeCall', valueIndex: int(f, a, 0, 'i32') };
  }
}

function decodeChain(f: FlatView, c: number, where: string): ChainData {
  return {
    inputs: ints(f, c, 0, 'i32'),
    outputs: ints(f, c, 1, 'i32'),
    instructions: tables(f, c, 2, (ins, i) => decodeInstruction(f, ins, `${where}.instructions[${i}]`)),
    stacktrace: has(f, c, 3)
      ? tables(f, c, 3, (frames) =>
          tables(f, frames, 0, (frame) => ({
            filename: str(f, frame, 0),
            lineno: int(f, frame, 1, 'i32'),
            name: str(f, frame, 2),
            context: str(f, frame, 3),
          })),
        )
      : null,
  };
}

function decodeDelegate(f: FlatView, d: number): BackendDelegateData {
  const processed = table(f, d, 1);
  return {
    id: str(f, d, 0) ?? '',
    processed: processed === null ? null : { location: int(f, processed, 0, 'i8'), index: int(f, processed, 1, 'u32') },
    compileSpecs: tables(f, d, 2, (spec) => ({ key: str(f, spec, 0) ?? '', value: byteView(f, spec, 1) })),
  };
}

function decodePlan(f: FlatView, p: number, where: string): ExecutionPlanData {
  const meta = table(f, p, 1);
  return {
    name: str(f, p, 0) ?? '',
    containerMetaType:
      meta === null ? null : { encodedInpStr: str(f, meta, 0) ?? '', encodedOutStr: str(f, meta, 1) ?? '' },
    values: tables(f, p, 2, (v, i) => decodeEValue(f, v, `${where}.values[${i}]`)),
    inputs: ints(f, p, 3, 'i32'),
    outputs: ints(f, p, 4, 'i32'),
    chains: tables(f, p, 5, (c, i) => decodeChain(f, c, `${where}.chains[${i}]`)),
    operators: tables(f, p, 6, (op) => ({ name: str(f, op, 0) ?? '', overload: str(f, op, 1) ?? '' })),
    delegates: tables(f, p, 7, (d) => decodeDelegate(f, d)),
    nonConstBufferSizes: longs(f, p, 8, true),
    nonConstBufferDevice: tables(f, p, 9, (d) => ({
      bufferIdx: int(f, d, 0, 'i32'),
      deviceType: int(f, d, 1, 'i8'),
      deviceIndex: int(f, d, 2, 'i8'),
    })),
  };
}

function decodeSubsegments(f: FlatView, s: number): SubsegmentOffsetsData {
  return { segmentIndex: int(f, s, 0, 'u32'), offsets: longs(f, s, 1, false) };
}

/**
 * Decodes the `Program` flatbuffer in `bytes` (the flatbuffer region of a `.pte`, from byte 0) into
 * plain data. Every read is bounds-checked; decoding work is bounded by a multiple of the size.
 */
export function decodeProgram(bytes: Uint8Array): ProgramData {
  return guardDecode('program', () => {
    const [f, p] = openFlat(bytes, 'program');
    const constantSegment = table(f, p, 5);
    // Each plan is its own table: a vector of offsets to one plan would make the decoded program
    // far larger than the file (the decode budget would stop it, but only after real work).
    const planAt = new Map<number, number>();
    return {
      version: int(f, p, 0, 'u32'),
      executionPlan: tables(f, p, 1, (plan, i) => {
        const earlier = planAt.get(plan);
        if (earlier !== undefined) fail(f, `execution_plan[${i}] is the same table as execution_plan[${earlier}]`);
        planAt.set(plan, i);
        return decodePlan(f, plan, `execution_plan[${i}]`);
      }),
      constantBuffer: tables(f, p, 2, (b) => byteView(f, b, 0)),
      backendDelegateData: tables(f, p, 3, (d) => byteView(f, d, 0)),
      segments: tables(f, p, 4, (s) => ({ offset: long(f, s, 0, false), size: long(f, s, 1, false) })),
      constantSegment: constantSegment === null ? null : decodeSubsegments(f, constantSegment),
      mutableDataSegments: tables(f, p, 6, (s) => decodeSubsegments(f, s)),
      namedData: tables(f, p, 7, (n) => ({ key: str(f, n, 0) ?? '', segmentIndex: int(f, n, 1, 'u32') })),
    };
  });
}
