import {
  bytesOf,
  CheckedByteBuffer,
  guardDecode,
  readList as list,
  requireTable as need,
} from '@kindling/backend-utils';
import { ErrorCode, KindlingError } from '@kindling/core';
import { AllocationDetails } from '../src/generated/executorch-flatbuffer/allocation-details.js';
import type { BackendDelegate } from '../src/generated/executorch-flatbuffer/backend-delegate.js';
import { Bool } from '../src/generated/executorch-flatbuffer/bool.js';
import { BoolList } from '../src/generated/executorch-flatbuffer/bool-list.js';
import type { Chain } from '../src/generated/executorch-flatbuffer/chain.js';
import { DelegateCall } from '../src/generated/executorch-flatbuffer/delegate-call.js';
import { Double } from '../src/generated/executorch-flatbuffer/double.js';
import { DoubleList } from '../src/generated/executorch-flatbuffer/double-list.js';
import type { EValue } from '../src/generated/executorch-flatbuffer/evalue.js';
import type { ExecutionPlan } from '../src/generated/executorch-flatbuffer/execution-plan.js';
import { FreeCall } from '../src/generated/executorch-flatbuffer/free-call.js';
import type { Instruction } from '../src/generated/executorch-flatbuffer/instruction.js';
import { InstructionArguments } from '../src/generated/executorch-flatbuffer/instruction-arguments.js';
import { Int } from '../src/generated/executorch-flatbuffer/int.js';
import { IntList } from '../src/generated/executorch-flatbuffer/int-list.js';
import { JumpFalseCall } from '../src/generated/executorch-flatbuffer/jump-false-call.js';
import { KernelCall } from '../src/generated/executorch-flatbuffer/kernel-call.js';
import { KernelTypes } from '../src/generated/executorch-flatbuffer/kernel-types.js';
import { MoveCall } from '../src/generated/executorch-flatbuffer/move-call.js';
import { OptionalTensorList } from '../src/generated/executorch-flatbuffer/optional-tensor-list.js';
import { Program } from '../src/generated/executorch-flatbuffer/program.js';
import { String as StringValue } from '../src/generated/executorch-flatbuffer/string.js';
import type { SubsegmentOffsets } from '../src/generated/executorch-flatbuffer/subsegment-offsets.js';
import { Tensor } from '../src/generated/executorch-flatbuffer/tensor.js';
import { TensorList } from '../src/generated/executorch-flatbuffer/tensor-list.js';
import type {
  BackendDelegateData,
  ChainData,
  EValueData,
  ExecutionPlanData,
  InstructionData,
  ProgramData,
  SubsegmentOffsetsData,
  TensorData,
} from '../src/program-data.js';

function decodeTensor(bb: CheckedByteBuffer, t: Tensor): TensorData {
  const alloc = t.allocationInfo(new AllocationDetails());
  const extra = t.extraTensorInfo();
  return {
    scalarType: t.scalarType(),
    storageOffset: t.storageOffset(),
    sizes: list(bb, t.sizesLength(), (i) => t.sizes(i) as number),
    dimOrder: list(bb, t.dimOrderLength(), (i) => t.dimOrder(i) as number),
    requiresGrad: t.requiresGrad(),
    dataBufferIdx: t.dataBufferIdx(),
    allocationInfo: alloc
      ? {
          memoryId: alloc.memoryId(),
          memoryOffsetLow: alloc.memoryOffsetLow(),
          memoryOffsetHigh: alloc.memoryOffsetHigh(),
        }
      : null,
    layout: t.layout(),
    shapeDynamism: t.shapeDynamism(),
    extraTensorInfo: extra
      ? {
          mutableDataSegmentsIdx: extra.mutableDataSegmentsIdx(),
          fullyQualifiedName: extra.fullyQualifiedName(),
          location: extra.location(),
          deviceType: extra.deviceType(),
          deviceIndex: extra.deviceIndex(),
        }
      : null,
  };
}

function decodeEValue(bb: CheckedByteBuffer, ev: EValue, where: string): EValueData {
  const type = ev.valType();
  const table = <T>(obj: T): T => need(bb, ev.val(obj) as T | null, `${where} payload`);
  switch (type) {
    case KernelTypes.Null:
      return { type: 'Null' };
    case KernelTypes.Int:
      return { type: 'Int', value: table(new Int()).intVal() };
    case KernelTypes.Bool:
      return { type: 'Bool', value: table(new Bool()).boolVal() };
    case KernelTypes.Double:
      return { type: 'Double', value: table(new Double()).doubleVal() };
    case KernelTypes.String:
      return { type: 'String', value: table(new StringValue()).stringVal() ?? '' };
    case KernelTypes.Tensor:
      return { type: 'Tensor', tensor: decodeTensor(bb, table(new Tensor())) };
    case KernelTypes.IntList: {
      const l = table(new IntList());
      return { type: 'IntList', items: list(bb, l.itemsLength(), (i) => Number(l.items(i))) };
    }
    case KernelTypes.DoubleList: {
      const l = table(new DoubleList());
      return { type: 'DoubleList', items: list(bb, l.itemsLength(), (i) => l.items(i) as number) };
    }
    case KernelTypes.BoolList: {
      const l = table(new BoolList());
      return { type: 'BoolList', items: list(bb, l.itemsLength(), (i) => l.items(i) as boolean) };
    }
    case KernelTypes.TensorList: {
      const l = table(new TensorList());
      return { type: 'TensorList', items: list(bb, l.itemsLength(), (i) => l.items(i) as number) };
    }
    case KernelTypes.OptionalTensorList: {
      const l = table(new OptionalTensorList());
      return { type: 'OptionalTensorList', items: list(bb, l.itemsLength(), (i) => l.items(i) as number) };
    }
    default:
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        type === KernelTypes.NONE ? `${where} has no value` : `${where} has unknown value type ${type}`,
        { context: { path: where } },
      );
  }
}

function decodeInstruction(bb: CheckedByteBuffer, ins: Instruction, where: string): InstructionData {
  const type = ins.instrArgsType();
  const table = <T>(obj: T): T => need(bb, ins.instrArgs(obj) as T | null, `${where} arguments`);
  switch (type) {
    case InstructionArguments.KernelCall: {
      const k = table(new KernelCall());
      return { type: 'KernelCall', opIndex: k.opIndex(), args: list(bb, k.argsLength(), (i) => k.args(i) as number) };
    }
    case InstructionArguments.DelegateCall: {
      const d = table(new DelegateCall());
      return {
        type: 'DelegateCall',
        delegateIndex: d.delegateIndex(),
        args: list(bb, d.argsLength(), (i) => d.args(i) as number),
      };
    }
    case InstructionArguments.MoveCall: {
      const m = table(new MoveCall());
      return { type: 'MoveCall', moveFrom: m.moveFrom(), moveTo: m.moveTo() };
    }
    case InstructionArguments.JumpFalseCall: {
      const j = table(new JumpFalseCall());
      return {
        type: 'JumpFalseCall',
        condValueIndex: j.condValueIndex(),
        destinationInstruction: j.destinationInstruction(),
      };
    }
    case InstructionArguments.FreeCall:
      return { type: 'FreeCall', valueIndex: table(new FreeCall()).valueIndex() };
    default:
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        type === InstructionArguments.NONE
          ? `${where} has no arguments`
          : `${where} has unknown instruction type ${type}`,
        { context: { path: where } },
      );
  }
}

function decodeChain(bb: CheckedByteBuffer, c: Chain, where: string): ChainData {
  const stackLength = c.stacktraceLength();
  return {
    inputs: list(bb, c.inputsLength(), (i) => c.inputs(i) as number),
    outputs: list(bb, c.outputsLength(), (i) => c.outputs(i) as number),
    instructions: list(bb, c.instructionsLength(), (i) =>
      decodeInstruction(bb, need(bb, c.instructions(i), `${where}.instructions[${i}]`), `${where}.instructions[${i}]`),
    ),
    stacktrace:
      stackLength === 0 && bbFieldAbsent(c)
        ? null
        : list(bb, stackLength, (i) => {
            const fl = need(bb, c.stacktrace(i), `${where}.stacktrace[${i}]`);
            return list(bb, fl.itemsLength(), (j) => {
              const f = need(bb, fl.items(j), `${where}.stacktrace[${i}][${j}]`);
              return { filename: f.filename(), lineno: f.lineno(), name: f.name(), context: f.context() };
            });
          }),
  };
}

/** True when a chain has no `stacktrace` vector at all (as opposed to an empty one). */
function bbFieldAbsent(c: Chain): boolean {
  const bb = c.bb as CheckedByteBuffer;
  return bb.__offset(c.bb_pos, 10) === 0;
}

function decodeDelegate(bb: CheckedByteBuffer, d: BackendDelegate, where: string): BackendDelegateData {
  const processed = d.processed();
  return {
    id: d.id() ?? '',
    processed: processed ? { location: processed.location(), index: processed.index() } : null,
    compileSpecs: list(bb, d.compileSpecsLength(), (i) => {
      const spec = need(bb, d.compileSpecs(i), `${where}.compile_specs[${i}]`);
      return { key: spec.key() ?? '', value: bytesOf(bb, spec.valueArray()) };
    }),
  };
}

function decodePlan(bb: CheckedByteBuffer, p: ExecutionPlan, where: string): ExecutionPlanData {
  const meta = p.containerMetaType();
  return {
    name: p.name() ?? '',
    containerMetaType: meta
      ? { encodedInpStr: meta.encodedInpStr() ?? '', encodedOutStr: meta.encodedOutStr() ?? '' }
      : null,
    values: list(bb, p.valuesLength(), (i) =>
      decodeEValue(bb, need(bb, p.values(i), `${where}.values[${i}]`), `${where}.values[${i}]`),
    ),
    inputs: list(bb, p.inputsLength(), (i) => p.inputs(i) as number),
    outputs: list(bb, p.outputsLength(), (i) => p.outputs(i) as number),
    chains: list(bb, p.chainsLength(), (i) =>
      decodeChain(bb, need(bb, p.chains(i), `${where}.chains[${i}]`), `${where}.chains[${i}]`),
    ),
    operators: list(bb, p.operatorsLength(), (i) => {
      const op = need(bb, p.operators(i), `${where}.operators[${i}]`);
      return { name: op.name() ?? '', overload: op.overload() ?? '' };
    }),
    delegates: list(bb, p.delegatesLength(), (i) =>
      decodeDelegate(bb, need(bb, p.delegates(i), `${where}.delegates[${i}]`), `${where}.delegates[${i}]`),
    ),
    nonConstBufferSizes: list(bb, p.nonConstBufferSizesLength(), (i) => p.nonConstBufferSizes(i) as bigint),
    nonConstBufferDevice: list(bb, p.nonConstBufferDeviceLength(), (i) => {
      const d = need(bb, p.nonConstBufferDevice(i), `${where}.non_const_buffer_device[${i}]`);
      return { bufferIdx: d.bufferIdx(), deviceType: d.deviceType(), deviceIndex: d.deviceIndex() };
    }),
  };
}

function decodeSubsegments(bb: CheckedByteBuffer, s: SubsegmentOffsets): SubsegmentOffsetsData {
  return { segmentIndex: s.segmentIndex(), offsets: list(bb, s.offsetsLength(), (i) => s.offsets(i) as bigint) };
}

/**
 * The program decoder built on the generated FlatBuffers object API, kept as the reference the
 * compact reader (`decodeProgram`) is compared with.
 *
 * Decodes the `Program` flatbuffer in `bytes` (the flatbuffer region of a `.pte`, from byte 0) into
 * plain data. Every read is bounds-checked; decoding work is bounded by a multiple of the size.
 */
export function decodeProgramWithGeneratedClasses(bytes: Uint8Array): ProgramData {
  return guardDecode('program', () => {
    const bb = new CheckedByteBuffer(bytes, 'program');
    if (bytes.byteLength < 8) bb.fail(`${bytes.byteLength} bytes is too small for a flatbuffer`);
    const root = bb.readUint32(0);
    if (root < 8 || root > bytes.byteLength - 4) bb.fail(`root table offset ${root} is out of range`, 0);
    const p = Program.getRootAsProgram(bb);
    const constantSegment = p.constantSegment();
    // Each plan is its own table: a vector of offsets to one plan would make the decoded program
    // far larger than the file (the decode budget would stop it, but only after real work).
    const planAt = new Map<number, number>();
    return {
      version: p.version(),
      executionPlan: list(bb, p.executionPlanLength(), (i) => {
        const plan = need(bb, p.executionPlan(i), `execution_plan[${i}]`);
        const earlier = planAt.get(plan.bb_pos);
        if (earlier !== undefined) bb.fail(`execution_plan[${i}] is the same table as execution_plan[${earlier}]`);
        planAt.set(plan.bb_pos, i);
        return decodePlan(bb, plan, `execution_plan[${i}]`);
      }),
      constantBuffer: list(bb, p.constantBufferLength(), (i) =>
        bytesOf(bb, need(bb, p.constantBuffer(i), `constant_buffer[${i}]`).storageArray()),
      ),
      backendDelegateData: list(bb, p.backendDelegateDataLength(), (i) =>
        bytesOf(bb, need(bb, p.backendDelegateData(i), `backend_delegate_data[${i}]`).dataArray()),
      ),
      segments: list(bb, p.segmentsLength(), (i) => {
        const s = need(bb, p.segments(i), `segments[${i}]`);
        return { offset: s.offset(), size: s.size() };
      }),
      constantSegment: constantSegment ? decodeSubsegments(bb, constantSegment) : null,
      mutableDataSegments: list(bb, p.mutableDataSegmentsLength(), (i) =>
        decodeSubsegments(bb, need(bb, p.mutableDataSegments(i), `mutable_data_segments[${i}]`)),
      ),
      namedData: list(bb, p.namedDataLength(), (i) => {
        const n = need(bb, p.namedData(i), `named_data[${i}]`);
        return { key: n.key() ?? '', segmentIndex: n.segmentIndex() };
      }),
    };
  });
}
