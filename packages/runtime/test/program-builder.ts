import type { ScalarType } from '@kindling/core';
import {
  DataLocation,
  type EValueData,
  type ExecutionPlanData,
  type InstructionData,
  type ProgramData,
  type TensorData,
  TensorDataLocation,
  TensorShapeDynamism,
  writePte,
} from '@kindling/ir';

/** Options of a test tensor value. */
export interface TensorOptions {
  /** [memory id, byte offset] for a planned tensor. */
  planned?: [number, number];
  /** Constant / mutable-state buffer index. */
  dataBufferIdx?: number;
  dynamic?: 'bound' | 'unbound';
  /** EXTERNAL data key. */
  external?: string;
  dimOrder?: number[];
}

/** A Tensor value for a test program. */
export function tensorValue(dtype: ScalarType, sizes: number[], o: TensorOptions = {}): EValueData {
  const t: TensorData = {
    scalarType: dtype,
    storageOffset: 0,
    sizes,
    dimOrder: o.dimOrder ?? sizes.map((_, i) => i),
    requiresGrad: false,
    dataBufferIdx: o.dataBufferIdx ?? 0,
    allocationInfo: o.planned ? { memoryId: o.planned[0], memoryOffsetLow: o.planned[1], memoryOffsetHigh: 0 } : null,
    layout: 0,
    shapeDynamism:
      o.dynamic === 'bound'
        ? TensorShapeDynamism.DYNAMIC_BOUND
        : o.dynamic === 'unbound'
          ? TensorShapeDynamism.DYNAMIC_UNBOUND
          : TensorShapeDynamism.STATIC,
    extraTensorInfo: o.external
      ? {
          mutableDataSegmentsIdx: 0n,
          fullyQualifiedName: o.external,
          location: TensorDataLocation.EXTERNAL,
          deviceType: 0,
          deviceIndex: 0,
        }
      : null,
  };
  return { type: 'Tensor', tensor: t };
}

export const intValue = (v: number): EValueData => ({ type: 'Int', value: BigInt(v) });
export const boolValue = (v: boolean): EValueData => ({ type: 'Bool', value: v });

/** A kernel call instruction. */
export const kernelCall = (opIndex: number, args: number[]): InstructionData => ({ type: 'KernelCall', opIndex, args });
export const delegateCall = (delegateIndex: number, args: number[]): InstructionData => ({
  type: 'DelegateCall',
  delegateIndex,
  args,
});
export const jumpFalse = (cond: number, dest: number): InstructionData => ({
  type: 'JumpFalseCall',
  condValueIndex: cond,
  destinationInstruction: dest,
});
export const moveCall = (from: number, to: number): InstructionData => ({
  type: 'MoveCall',
  moveFrom: from,
  moveTo: to,
});

/** A method for a test program. */
export interface PlanSpec {
  name?: string;
  values: EValueData[];
  inputs: number[];
  outputs: number[];
  instructions?: InstructionData[];
  /** Operator names `ns::name.overload`. */
  operators?: string[];
  delegates?: { id: string; payload: Uint8Array; compileSpecs?: { key: string; value: Uint8Array }[] }[];
  /** Planned buffer sizes for memory ids 1.. */
  buffers?: number[];
}

/** Builds a `.pte` from plans; `constants[i]` is the bytes of constant buffer i + 1 (deprecated in-flatbuffer path). */
export function buildPte(
  plans: PlanSpec[],
  extra: { constants?: Uint8Array[]; mutable?: Uint8Array[] } = {},
): Uint8Array {
  const delegateData: Uint8Array[] = [];
  const executionPlan: ExecutionPlanData[] = plans.map((p) => ({
    name: p.name ?? 'forward',
    containerMetaType: null,
    values: p.values,
    inputs: p.inputs,
    outputs: p.outputs,
    chains: p.instructions ? [{ inputs: [], outputs: [], instructions: p.instructions, stacktrace: null }] : [],
    operators: (p.operators ?? []).map((o) => {
      const dot = o.lastIndexOf('.');
      return dot > o.indexOf('::') ? { name: o.slice(0, dot), overload: o.slice(dot + 1) } : { name: o, overload: '' };
    }),
    delegates: (p.delegates ?? []).map((d) => {
      delegateData.push(d.payload);
      return {
        id: d.id,
        processed: { location: DataLocation.INLINE, index: delegateData.length - 1 },
        compileSpecs: d.compileSpecs ?? [],
      };
    }),
    nonConstBufferSizes: [0n, ...(p.buffers ?? []).map(BigInt)],
    nonConstBufferDevice: [],
  }));
  // Mutable state lives in a segment; offsets packed without padding.
  const segments: Uint8Array[] = [];
  let mutableDataSegments: ProgramData['mutableDataSegments'] = [];
  if (extra.mutable && extra.mutable.length > 0) {
    const offsets = [0n];
    let total = 0;
    for (const m of extra.mutable) {
      offsets.push(BigInt(total));
      total += m.byteLength;
    }
    const seg = new Uint8Array(total);
    let at = 0;
    for (const m of extra.mutable) {
      seg.set(m, at);
      at += m.byteLength;
    }
    segments.push(seg);
    mutableDataSegments = [{ segmentIndex: 0, offsets }];
  }
  const program: ProgramData = {
    version: 0,
    executionPlan,
    constantBuffer: extra.constants ? [new Uint8Array(0), ...extra.constants] : [],
    backendDelegateData: delegateData,
    segments: segments.map(() => ({ offset: 0n, size: 0n })),
    constantSegment: null,
    mutableDataSegments,
    namedData: [],
  };
  return writePte(program, segments);
}

/** Little-endian float32 bytes. */
export function f32(...values: number[]): Uint8Array {
  return new Uint8Array(Float32Array.from(values).buffer);
}
