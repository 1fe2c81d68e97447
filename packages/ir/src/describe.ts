import { dtypeName, elementSize, isScalarType, ScalarType, typedArrayConstructor } from '@kindling/core';
import type { EValueData, ExecutionPlanData, InstructionData, TensorData } from './program-data.js';
import { TensorDataLocation } from './program-data.js';
import type { PteFile } from './pte-file.js';
import { tensorByteSize } from './validate-program.js';

/** A JSON-safe scalar: int64 values beyond 2^53 are given as strings. */
export type JsonInt = number | string;

const jsonInt = (v: bigint): JsonInt =>
  v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();

/** How a tensor's storage is provided. */
export type TensorStorage = 'planned' | 'constant' | 'external' | 'runtime';

export interface ValueSummary {
  /** Index in the method's value table. */
  index: number;
  /** `Tensor`, `Int`, `Double`, `Bool`, `String`, `Null` or a list type. */
  type: EValueData['type'];
  dtype?: string;
  shape?: number[];
  dimOrder?: number[];
  dynamism?: 'static' | 'dynamic_bound' | 'dynamic_unbound';
  storage?: TensorStorage;
  /** The literal value, for scalars and small constant tensors. */
  value?: unknown;
}

export interface OperatorSummary {
  /** `namespace::name.overload`, as kernels are looked up. */
  name: string;
  /** Number of KernelCalls using it. */
  count: number;
}

export interface DelegateSummary {
  index: number;
  id: string;
  location: 'inline' | 'segment';
  /** Index of the inline blob or of the segment. */
  dataIndex: number;
  payloadSize: number;
  compileSpecs: { key: string; size: number }[];
  /** Number of DelegateCalls using it. */
  calls: number;
}

export interface MethodSummary {
  name: string;
  /** A constant method has no instructions: it only returns stored values. */
  constant: boolean;
  inputs: ValueSummary[];
  outputs: ValueSummary[];
  operators: OperatorSummary[];
  delegates: DelegateSummary[];
  instructions: number;
  values: number;
  /** Planned memory per arena (memory id 1..n). */
  plannedMemory: { memoryId: number; bytes: number }[];
  /** Tensors stored outside the program, in a `.ptd`. */
  externalTensors: { name: string; dtype: string; shape: number[] }[];
}

export interface SegmentSummary {
  index: number;
  offset: number;
  size: number;
  /** What the segment holds. */
  use: ('constants' | 'mutable data' | 'delegate' | 'named data')[];
}

export interface ProgramSummary {
  size: number;
  identifier: string;
  extendedHeader: { length: number; programSize: number; segmentBaseOffset: number; segmentDataSize: number } | null;
  version: number;
  methods: MethodSummary[];
  segments: SegmentSummary[];
  constants: { storage: 'segment' | 'constant_buffer' | 'none'; buffers: number; bytes: number };
  namedData: { key: string; segment: number; size: number }[];
}

/** Name used for kernel lookup: `name.overload`, or `name` alone when the overload is empty. */
export function operatorName(op: { name: string; overload: string }): string {
  return op.overload ? `${op.name}.${op.overload}` : op.name;
}

function storageOf(t: TensorData): TensorStorage {
  if (t.extraTensorInfo?.location === TensorDataLocation.EXTERNAL) return 'external';
  if (t.allocationInfo) return 'planned';
  if (t.dataBufferIdx > 0) return 'constant';
  return 'runtime';
}

const DYNAMISM = ['static', 'dynamic_bound', 'dynamic_unbound'] as const;

/** Elements of a small constant tensor as numbers (up to `limit`). */
function constantElements(file: PteFile, t: TensorData, limit: number): number[] | undefined {
  if (!isScalarType(t.scalarType)) return undefined;
  const nbytes = tensorByteSize(t, 'tensor');
  const esize = elementSize(t.scalarType);
  const numel = nbytes / esize;
  if (numel > limit || t.scalarType === ScalarType.Half || t.scalarType === ScalarType.BFloat16) return undefined;
  const bytes = file.constantBytes(t).slice();
  const Ctor = typedArrayConstructor(t.scalarType);
  const view = new Ctor(bytes.buffer, 0, numel) as unknown as ArrayLike<number | bigint>;
  return Array.from({ length: numel }, (_, i) => Number(view[i]));
}

function summarizeValue(file: PteFile, plan: ExecutionPlanData, index: number, withValue: boolean): ValueSummary {
  const v = plan.values[index] as EValueData;
  const s: ValueSummary = { index, type: v.type };
  switch (v.type) {
    case 'Tensor': {
      const t = v.tensor;
      s.dtype = dtypeName(t.scalarType);
      s.shape = [...t.sizes];
      s.dimOrder = [...t.dimOrder];
      s.dynamism = DYNAMISM[t.shapeDynamism] ?? 'static';
      s.storage = storageOf(t);
      if (withValue && s.storage === 'constant') {
        const elems = constantElements(file, t, 64);
        if (elems) s.value = elems;
      }
      break;
    }
    case 'Int':
      s.value = jsonInt(v.value);
      break;
    case 'Double':
    case 'Bool':
    case 'String':
      s.value = v.value;
      break;
    case 'Null':
      s.value = null;
      break;
    case 'IntList':
      if (withValue)
        s.value = v.items.map((i) =>
          plan.values[i]?.type === 'Int' ? jsonInt((plan.values[i] as { value: bigint }).value) : null,
        );
      break;
    case 'DoubleList':
    case 'BoolList':
      s.value = [...v.items];
      break;
    default:
      break;
  }
  return s;
}

function summarizeMethod(file: PteFile, plan: ExecutionPlanData): MethodSummary {
  const counts = new Map<number, number>();
  const delegateCalls = new Map<number, number>();
  let instructions = 0;
  for (const chain of plan.chains) {
    for (const ins of chain.instructions) {
      instructions++;
      if (ins.type === 'KernelCall') counts.set(ins.opIndex, (counts.get(ins.opIndex) ?? 0) + 1);
      if (ins.type === 'DelegateCall')
        delegateCalls.set(ins.delegateIndex, (delegateCalls.get(ins.delegateIndex) ?? 0) + 1);
    }
  }
  const constant = instructions === 0;
  const external: MethodSummary['externalTensors'] = [];
  for (const v of plan.values) {
    if (v.type === 'Tensor' && v.tensor.extraTensorInfo?.location === TensorDataLocation.EXTERNAL) {
      external.push({
        name: v.tensor.extraTensorInfo.fullyQualifiedName ?? '',
        dtype: dtypeName(v.tensor.scalarType),
        shape: [...v.tensor.sizes],
      });
    }
  }
  return {
    name: plan.name,
    constant,
    inputs: plan.inputs.map((i) => summarizeValue(file, plan, i, false)),
    outputs: plan.outputs.map((i) => summarizeValue(file, plan, i, constant)),
    operators: plan.operators.map((op, i) => ({ name: operatorName(op), count: counts.get(i) ?? 0 })),
    delegates: plan.delegates.map((d, i) => {
      const info = file.delegatePayloadInfo(d);
      return {
        index: i,
        id: d.id,
        location: info.location,
        dataIndex: info.index,
        payloadSize: info.size,
        compileSpecs: d.compileSpecs.map((c) => ({ key: c.key, size: c.value.byteLength })),
        calls: delegateCalls.get(i) ?? 0,
      };
    }),
    instructions,
    values: plan.values.length,
    plannedMemory: plan.nonConstBufferSizes.slice(1).map((b, i) => ({ memoryId: i + 1, bytes: Number(b) })),
    externalTensors: external,
  };
}

/** Summarises a program: methods, their inputs, outputs, operators and delegates, and storage. */
export function describeProgram(file: PteFile): ProgramSummary {
  const p = file.program;
  const uses = p.segments.map(() => new Set<SegmentSummary['use'][number]>());
  const cs = p.constantSegment;
  const segmentConstants = cs !== null && cs.offsets.length > 1;
  if (segmentConstants) uses[cs.segmentIndex]?.add('constants');
  for (const m of p.mutableDataSegments) uses[m.segmentIndex]?.add('mutable data');
  for (const n of p.namedData) uses[n.segmentIndex]?.add('named data');
  for (const plan of p.executionPlan) {
    for (const d of plan.delegates) {
      const info = file.delegatePayloadInfo(d);
      if (info.location === 'segment') uses[info.index]?.add('delegate');
    }
  }
  const buffers = segmentConstants ? cs.offsets.length - 1 : Math.max(0, p.constantBuffer.length - 1);
  const constantBytes = segmentConstants
    ? (file.segmentSizes[cs.segmentIndex] ?? 0)
    : p.constantBuffer.reduce((a, b) => a + b.byteLength, 0);
  const h = file.header;
  return {
    size: file.size,
    identifier: 'ET12',
    extendedHeader: h ? { ...h } : null,
    version: p.version,
    methods: p.executionPlan.map((plan) => summarizeMethod(file, plan)),
    segments: p.segments.map((s, i) => ({
      index: i,
      offset: Number(s.offset),
      size: Number(s.size),
      use: [...(uses[i] ?? [])],
    })),
    constants: {
      storage: segmentConstants ? 'segment' : p.constantBuffer.length > 1 ? 'constant_buffer' : 'none',
      buffers,
      bytes: constantBytes,
    },
    namedData: p.namedData.map((n) => ({
      key: n.key,
      segment: n.segmentIndex,
      size: file.segmentSizes[n.segmentIndex] ?? 0,
    })),
  };
}

/** Short text for a value: `%3:float32[1, 8]`, `%2=1`, `%5=None`. */
export function formatValueRef(plan: ExecutionPlanData, index: number): string {
  const v = plan.values[index];
  if (!v) return `%${index}?`;
  switch (v.type) {
    case 'Tensor':
      return `%${index}:${dtypeName(v.tensor.scalarType)}[${v.tensor.sizes.join(',')}]`;
    case 'Int':
      return `%${index}=${v.value}`;
    case 'Double':
      return `%${index}=${Number.isInteger(v.value) ? v.value.toFixed(1) : v.value}`;
    case 'Bool':
      return `%${index}=${v.value ? 'True' : 'False'}`;
    case 'String':
      return `%${index}=${JSON.stringify(v.value)}`;
    case 'Null':
      return `%${index}=None`;
    case 'IntList':
      return `%${index}=[${v.items.map((i) => {
        const item = plan.values[i];
        return item?.type === 'Int' ? String(item.value) : `%${i}`;
      })}]`;
    case 'DoubleList':
    case 'BoolList':
      return `%${index}=[${v.items.join(',')}]`;
    case 'TensorList':
    case 'OptionalTensorList':
      return `%${index}=[${v.items.map((i) => (i < 0 ? 'None' : `%${i}`)).join(',')}]`;
  }
}

/** One readable line for an instruction. */
export function formatInstruction(plan: ExecutionPlanData, ins: InstructionData): string {
  const refs = (args: number[]) => args.map((a) => formatValueRef(plan, a)).join(', ');
  switch (ins.type) {
    case 'KernelCall': {
      const op = plan.operators[ins.opIndex];
      return `${op ? operatorName(op) : `op#${ins.opIndex}`}(${refs(ins.args)})`;
    }
    case 'DelegateCall':
      return `delegate#${ins.delegateIndex}<${plan.delegates[ins.delegateIndex]?.id ?? '?'}>(${refs(ins.args)})`;
    case 'MoveCall':
      return `move %${ins.moveFrom} -> %${ins.moveTo}`;
    case 'JumpFalseCall':
      return `jump_false ${formatValueRef(plan, ins.condValueIndex)} -> ${ins.destinationInstruction}`;
    case 'FreeCall':
      return `free %${ins.valueIndex}`;
  }
}

/** Every instruction of a method, one line each, prefixed by chain and instruction index. */
export function formatMethodInstructions(plan: ExecutionPlanData): string[] {
  const lines: string[] = [];
  plan.chains.forEach((chain, c) => {
    chain.instructions.forEach((ins, i) => {
      lines.push(`${plan.chains.length > 1 ? `${c}.` : ''}${i}: ${formatInstruction(plan, ins)}`);
    });
  });
  return lines;
}
