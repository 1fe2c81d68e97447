import {
  ErrorCode,
  elementSize,
  isScalarType,
  isValidDimOrder,
  KindlingError,
  MAX_RANK,
  scalarTypeName,
} from '@kindling/core';
import type { EValueData, ExecutionPlanData, ProgramData, TensorData } from './program-data.js';
import { DataLocation, TensorDataLocation, TensorShapeDynamism } from './program-data.js';

function invalid(message: string, path: string, extra: Record<string, unknown> = {}): never {
  throw new KindlingError(ErrorCode.InvalidProgram, `${path}: ${message}`, { context: { path, ...extra } });
}

/** Element count and byte size of a tensor, refusing negative sizes and overflow. */
export function tensorByteSize(t: TensorData, path: string): number {
  let numel = 1;
  for (const s of t.sizes) {
    if (!Number.isInteger(s) || s < 0) invalid(`negative size ${s}`, path);
    numel *= s;
  }
  const bytes = numel * elementSize(t.scalarType);
  if (!Number.isSafeInteger(bytes)) invalid(`tensor of sizes [${t.sizes.join(', ')}] is too large`, path);
  return bytes;
}

/** Byte offset of a planned tensor within its buffer. */
export function plannedOffset(t: TensorData): number {
  const a = t.allocationInfo;
  return a ? a.memoryOffsetHigh * 2 ** 32 + a.memoryOffsetLow : 0;
}

/** What the validator needs to know about the file's segments. */
export interface SegmentBounds {
  /** Byte size of each segment, as verified against the file. */
  sizes: readonly number[];
}

function checkTensor(
  program: ProgramData,
  plan: ExecutionPlanData,
  t: TensorData,
  path: string,
  seg: SegmentBounds,
): void {
  if (!isScalarType(t.scalarType)) invalid(`unknown scalar type ${t.scalarType}`, path);
  if (t.sizes.length > MAX_RANK) invalid(`rank ${t.sizes.length} exceeds ${MAX_RANK}`, path);
  if (!isValidDimOrder(t.dimOrder, t.sizes.length)) {
    invalid(`dim order [${t.dimOrder.join(', ')}] does not fit sizes [${t.sizes.join(', ')}]`, path);
  }
  if (t.shapeDynamism > TensorShapeDynamism.DYNAMIC_UNBOUND || t.shapeDynamism < 0) {
    invalid(`unknown shape dynamism ${t.shapeDynamism}`, path);
  }
  const nbytes = tensorByteSize(t, path);
  const external = t.extraTensorInfo?.location === TensorDataLocation.EXTERNAL;
  if (t.extraTensorInfo && t.extraTensorInfo.location > TensorDataLocation.EXTERNAL) {
    invalid(`unknown tensor data location ${t.extraTensorInfo.location}`, path);
  }
  if (external && !t.extraTensorInfo?.fullyQualifiedName) invalid('external tensor without a name', path);
  const alloc = t.allocationInfo;
  if (alloc) {
    const sizes = plan.nonConstBufferSizes;
    if (alloc.memoryId < 1 || alloc.memoryId >= sizes.length) {
      invalid(`memory id ${alloc.memoryId} is not one of the ${Math.max(0, sizes.length - 1)} planned buffers`, path);
    }
    const capacity = Number(sizes[alloc.memoryId]);
    const offset = plannedOffset(t);
    if (offset + nbytes > capacity) {
      invalid(
        `${scalarTypeName(t.scalarType)}[${t.sizes.join(', ')}] at offset ${offset} overruns planned buffer ${alloc.memoryId} of ${capacity} bytes`,
        path,
      );
    }
    if (t.dataBufferIdx > 0 && !external) {
      const mutable = program.mutableDataSegments[0];
      if (!mutable) invalid(`initial state ${t.dataBufferIdx} given but the program has no mutable data segment`, path);
      const start = mutable.offsets[t.dataBufferIdx];
      const segSize = seg.sizes[mutable.segmentIndex];
      if (start === undefined || segSize === undefined || Number(start) + nbytes > segSize) {
        invalid(`initial state ${t.dataBufferIdx} is outside the mutable data segment`, path);
      }
    }
  } else if (t.dataBufferIdx > 0 && !external) {
    // A constant: in the constant segment, or (deprecated) in the flatbuffer's constant_buffer.
    const cs = program.constantSegment;
    if (cs && cs.offsets.length > 1) {
      const start = cs.offsets[t.dataBufferIdx];
      const segSize = seg.sizes[cs.segmentIndex];
      if (start === undefined) invalid(`constant ${t.dataBufferIdx} is not in the constant segment`, path);
      if (segSize === undefined || Number(start) + nbytes > segSize) {
        invalid(`constant ${t.dataBufferIdx} (${nbytes} bytes at ${start}) overruns the constant segment`, path);
      }
    } else {
      const buffer = program.constantBuffer[t.dataBufferIdx];
      if (!buffer) invalid(`constant buffer ${t.dataBufferIdx} does not exist`, path);
      if (buffer.byteLength < nbytes)
        invalid(`constant buffer ${t.dataBufferIdx} holds ${buffer.byteLength} of ${nbytes} bytes`, path);
    }
  }
}

function checkIndex(plan: ExecutionPlanData, index: number, path: string, want?: EValueData['type']): void {
  const v = plan.values[index];
  if (!Number.isInteger(index) || v === undefined) {
    invalid(`value index ${index} is out of range (${plan.values.length} values)`, path, { value: index });
  }
  if (want && v.type !== want) invalid(`value ${index} is ${v.type}, expected ${want}`, path, { value: index });
}

function checkPlan(program: ProgramData, plan: ExecutionPlanData, path: string, seg: SegmentBounds): void {
  plan.nonConstBufferSizes.forEach((s, i) => {
    if (s < 0n || s > BigInt(Number.MAX_SAFE_INTEGER)) invalid(`planned buffer ${i} has invalid size ${s}`, path);
  });
  plan.values.forEach((v, i) => {
    const vp = `${path}.values[${i}]`;
    switch (v.type) {
      case 'Tensor':
        checkTensor(program, plan, v.tensor, vp, seg);
        break;
      case 'IntList':
        for (const item of v.items) checkIndex(plan, item, vp, 'Int');
        break;
      case 'TensorList':
        for (const item of v.items) checkIndex(plan, item, vp, 'Tensor');
        break;
      case 'OptionalTensorList':
        for (const item of v.items) if (item !== -1) checkIndex(plan, item, vp, 'Tensor');
        break;
      default:
        break;
    }
  });
  for (const i of plan.inputs) checkIndex(plan, i, `${path}.inputs`);
  for (const i of plan.outputs) checkIndex(plan, i, `${path}.outputs`);
  plan.delegates.forEach((d, i) => {
    const dp = `${path}.delegates[${i}]`;
    if (!d.id) invalid('delegate without an id', dp);
    if (!d.processed) invalid(`delegate ${d.id} has no payload reference`, dp, { backend: d.id });
    const { location, index } = d.processed;
    if (location === DataLocation.INLINE) {
      if (index >= program.backendDelegateData.length)
        invalid(`inline payload ${index} does not exist`, dp, { backend: d.id });
    } else if (location === DataLocation.SEGMENT) {
      if (index >= seg.sizes.length) invalid(`payload segment ${index} does not exist`, dp, { backend: d.id });
    } else {
      invalid(`unknown payload location ${location}`, dp, { backend: d.id });
    }
  });
  plan.chains.forEach((chain, c) => {
    const cp = `${path}.chains[${c}]`;
    for (const i of chain.inputs) checkIndex(plan, i, `${cp}.inputs`);
    for (const i of chain.outputs) checkIndex(plan, i, `${cp}.outputs`);
    chain.instructions.forEach((ins, n) => {
      const ip = `${cp}.instructions[${n}]`;
      switch (ins.type) {
        case 'KernelCall':
          if (ins.opIndex < 0 || ins.opIndex >= plan.operators.length)
            invalid(`operator index ${ins.opIndex} is out of range`, ip);
          for (const a of ins.args) checkIndex(plan, a, ip);
          break;
        case 'DelegateCall':
          if (ins.delegateIndex < 0 || ins.delegateIndex >= plan.delegates.length) {
            invalid(`delegate index ${ins.delegateIndex} is out of range`, ip);
          }
          for (const a of ins.args) checkIndex(plan, a, ip);
          break;
        case 'MoveCall':
          checkIndex(plan, ins.moveFrom, ip);
          checkIndex(plan, ins.moveTo, ip);
          break;
        case 'JumpFalseCall':
          checkIndex(plan, ins.condValueIndex, ip);
          if (ins.destinationInstruction < 0 || ins.destinationInstruction > chain.instructions.length) {
            invalid(`jump destination ${ins.destinationInstruction} is outside the chain`, ip);
          }
          break;
        case 'FreeCall':
          checkIndex(plan, ins.valueIndex, ip, 'Tensor');
          break;
      }
    });
  });
}

/**
 * Checks every index, offset and size in a decoded program against the program itself and the
 * file's segments, so that later stages can use them without further checks. Throws a
 * `KindlingError` (`InvalidProgram`) naming the first problem and where it is.
 */
export function validateProgram(program: ProgramData, seg: SegmentBounds): void {
  const cs = program.constantSegment;
  if (cs && cs.offsets.length > 1) {
    if (cs.segmentIndex >= seg.sizes.length) invalid(`segment ${cs.segmentIndex} does not exist`, 'constant_segment');
    if (program.constantBuffer.length > 1) {
      invalid('constants are stored both in constant_buffer and in the constant segment', 'constant_segment');
    }
  }
  program.mutableDataSegments.forEach((m, i) => {
    if (m.segmentIndex >= seg.sizes.length)
      invalid(`segment ${m.segmentIndex} does not exist`, `mutable_data_segments[${i}]`);
  });
  const keys = new Set<string>();
  program.namedData.forEach((n, i) => {
    if (n.segmentIndex >= seg.sizes.length) invalid(`segment ${n.segmentIndex} does not exist`, `named_data[${i}]`);
    if (keys.has(n.key)) invalid(`duplicate key "${n.key}"`, `named_data[${i}]`);
    keys.add(n.key);
  });
  const names = new Set<string>();
  program.executionPlan.forEach((plan, i) => {
    const path = `execution_plan[${i}]`;
    if (names.has(plan.name)) invalid(`duplicate method name "${plan.name}"`, path);
    names.add(plan.name);
    checkPlan(program, plan, path, seg);
  });
}
