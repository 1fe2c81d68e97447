import { Builder, type Offset } from 'flatbuffers';
import { alignedByteVector, offsetVector, optionalString } from './builder-util.js';
import { AllocationDetails } from './generated/executorch-flatbuffer/allocation-details.js';
import { BackendDelegate } from './generated/executorch-flatbuffer/backend-delegate.js';
import { BackendDelegateDataReference } from './generated/executorch-flatbuffer/backend-delegate-data-reference.js';
import { BackendDelegateInlineData } from './generated/executorch-flatbuffer/backend-delegate-inline-data.js';
import { Bool } from './generated/executorch-flatbuffer/bool.js';
import { BoolList } from './generated/executorch-flatbuffer/bool-list.js';
import { Buffer } from './generated/executorch-flatbuffer/buffer.js';
import { Chain } from './generated/executorch-flatbuffer/chain.js';
import { CompileSpec } from './generated/executorch-flatbuffer/compile-spec.js';
import { ContainerMetadata } from './generated/executorch-flatbuffer/container-metadata.js';
import { DataSegment } from './generated/executorch-flatbuffer/data-segment.js';
import { DelegateCall } from './generated/executorch-flatbuffer/delegate-call.js';
import { Double } from './generated/executorch-flatbuffer/double.js';
import { DoubleList } from './generated/executorch-flatbuffer/double-list.js';
import { EValue } from './generated/executorch-flatbuffer/evalue.js';
import { ExecutionPlan } from './generated/executorch-flatbuffer/execution-plan.js';
import { ExtraTensorInfo } from './generated/executorch-flatbuffer/extra-tensor-info.js';
import { Frame } from './generated/executorch-flatbuffer/frame.js';
import { FrameList } from './generated/executorch-flatbuffer/frame-list.js';
import { FreeCall } from './generated/executorch-flatbuffer/free-call.js';
import { Instruction } from './generated/executorch-flatbuffer/instruction.js';
import { InstructionArguments } from './generated/executorch-flatbuffer/instruction-arguments.js';
import { Int } from './generated/executorch-flatbuffer/int.js';
import { IntList } from './generated/executorch-flatbuffer/int-list.js';
import { JumpFalseCall } from './generated/executorch-flatbuffer/jump-false-call.js';
import { KernelCall } from './generated/executorch-flatbuffer/kernel-call.js';
import { KernelTypes } from './generated/executorch-flatbuffer/kernel-types.js';
import { MoveCall } from './generated/executorch-flatbuffer/move-call.js';
import { NamedData } from './generated/executorch-flatbuffer/named-data.js';
import { NonConstBufferDevice } from './generated/executorch-flatbuffer/non-const-buffer-device.js';
import { Null } from './generated/executorch-flatbuffer/null.js';
import { Operator } from './generated/executorch-flatbuffer/operator.js';
import { OptionalTensorList } from './generated/executorch-flatbuffer/optional-tensor-list.js';
import { Program } from './generated/executorch-flatbuffer/program.js';
import { String as StringValue } from './generated/executorch-flatbuffer/string.js';
import { SubsegmentOffsets } from './generated/executorch-flatbuffer/subsegment-offsets.js';
import { Tensor } from './generated/executorch-flatbuffer/tensor.js';
import { TensorList } from './generated/executorch-flatbuffer/tensor-list.js';
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

/** Alignment of in-flatbuffer constant and delegate bytes (the schema's `force_align`). */
const FLATBUFFER_DATA_ALIGNMENT = 16;

function encodeTensor(b: Builder, t: TensorData): Offset {
  const sizes = Tensor.createSizesVector(b, t.sizes);
  const dimOrder = alignedByteVector(b, Uint8Array.from(t.dimOrder));
  let extra = 0;
  if (t.extraTensorInfo) {
    const e = t.extraTensorInfo;
    const fqn = optionalString(b, e.fullyQualifiedName);
    ExtraTensorInfo.startExtraTensorInfo(b);
    ExtraTensorInfo.addMutableDataSegmentsIdx(b, e.mutableDataSegmentsIdx);
    if (fqn) ExtraTensorInfo.addFullyQualifiedName(b, fqn);
    ExtraTensorInfo.addLocation(b, e.location);
    ExtraTensorInfo.addDeviceType(b, e.deviceType);
    ExtraTensorInfo.addDeviceIndex(b, e.deviceIndex);
    extra = ExtraTensorInfo.endExtraTensorInfo(b);
  }
  let alloc = 0;
  if (t.allocationInfo) {
    const a = t.allocationInfo;
    alloc = AllocationDetails.createAllocationDetails(b, a.memoryId, a.memoryOffsetLow, a.memoryOffsetHigh);
  }
  Tensor.startTensor(b);
  Tensor.addScalarType(b, t.scalarType);
  Tensor.addStorageOffset(b, t.storageOffset);
  Tensor.addSizes(b, sizes);
  Tensor.addDimOrder(b, dimOrder);
  Tensor.addRequiresGrad(b, t.requiresGrad);
  Tensor.addDataBufferIdx(b, t.dataBufferIdx);
  if (alloc) Tensor.addAllocationInfo(b, alloc);
  Tensor.addLayout(b, t.layout);
  Tensor.addShapeDynamism(b, t.shapeDynamism);
  if (extra) Tensor.addExtraTensorInfo(b, extra);
  return Tensor.endTensor(b);
}

function encodeEValue(b: Builder, v: EValueData): Offset {
  let type: KernelTypes;
  let val: Offset;
  switch (v.type) {
    case 'Null':
      type = KernelTypes.Null;
      Null.startNull(b);
      val = Null.endNull(b);
      break;
    case 'Int':
      type = KernelTypes.Int;
      val = Int.createInt(b, v.value);
      break;
    case 'Bool':
      type = KernelTypes.Bool;
      val = Bool.createBool(b, v.value);
      break;
    case 'Double':
      type = KernelTypes.Double;
      val = Double.createDouble(b, v.value);
      break;
    case 'String':
      type = KernelTypes.String;
      val = StringValue.createString(b, b.createString(v.value));
      break;
    case 'Tensor':
      type = KernelTypes.Tensor;
      val = encodeTensor(b, v.tensor);
      break;
    case 'IntList':
      type = KernelTypes.IntList;
      val = IntList.createIntList(b, IntList.createItemsVector(b, v.items.map(BigInt)));
      break;
    case 'DoubleList':
      type = KernelTypes.DoubleList;
      val = DoubleList.createDoubleList(b, DoubleList.createItemsVector(b, v.items));
      break;
    case 'BoolList':
      type = KernelTypes.BoolList;
      val = BoolList.createBoolList(b, BoolList.createItemsVector(b, v.items));
      break;
    case 'TensorList':
      type = KernelTypes.TensorList;
      val = TensorList.createTensorList(b, TensorList.createItemsVector(b, v.items));
      break;
    case 'OptionalTensorList':
      type = KernelTypes.OptionalTensorList;
      val = OptionalTensorList.createOptionalTensorList(b, OptionalTensorList.createItemsVector(b, v.items));
      break;
  }
  return EValue.createEValue(b, type, val);
}

function encodeInstruction(b: Builder, ins: InstructionData): Offset {
  let type: InstructionArguments;
  let args: Offset;
  switch (ins.type) {
    case 'KernelCall':
      type = InstructionArguments.KernelCall;
      args = KernelCall.createKernelCall(b, ins.opIndex, KernelCall.createArgsVector(b, ins.args));
      break;
    case 'DelegateCall':
      type = InstructionArguments.DelegateCall;
      args = DelegateCall.createDelegateCall(b, ins.delegateIndex, DelegateCall.createArgsVector(b, ins.args));
      break;
    case 'MoveCall':
      type = InstructionArguments.MoveCall;
      args = MoveCall.createMoveCall(b, ins.moveFrom, ins.moveTo);
      break;
    case 'JumpFalseCall':
      type = InstructionArguments.JumpFalseCall;
      args = JumpFalseCall.createJumpFalseCall(b, ins.condValueIndex, ins.destinationInstruction);
      break;
    case 'FreeCall':
      type = InstructionArguments.FreeCall;
      args = FreeCall.createFreeCall(b, ins.valueIndex);
      break;
  }
  return Instruction.createInstruction(b, type, args);
}

function encodeChain(b: Builder, c: ChainData): Offset {
  const inputs = Chain.createInputsVector(b, c.inputs);
  const outputs = Chain.createOutputsVector(b, c.outputs);
  const instructions = offsetVector(
    b,
    c.instructions.map((i) => encodeInstruction(b, i)),
  );
  let stacktrace = 0;
  if (c.stacktrace) {
    const lists = c.stacktrace.map((frames) => {
      const items = frames.map((f) => {
        const filename = optionalString(b, f.filename);
        const name = optionalString(b, f.name);
        const context = optionalString(b, f.context);
        return Frame.createFrame(b, filename, f.lineno, name, context);
      });
      return FrameList.createFrameList(b, offsetVector(b, items));
    });
    stacktrace = offsetVector(b, lists);
  }
  Chain.startChain(b);
  Chain.addInputs(b, inputs);
  Chain.addOutputs(b, outputs);
  Chain.addInstructions(b, instructions);
  if (stacktrace) Chain.addStacktrace(b, stacktrace);
  return Chain.endChain(b);
}

function encodeDelegate(b: Builder, d: BackendDelegateData): Offset {
  const id = b.createString(d.id);
  const specs = offsetVector(
    b,
    d.compileSpecs.map((s) => CompileSpec.createCompileSpec(b, b.createString(s.key), alignedByteVector(b, s.value))),
  );
  const processed = d.processed
    ? BackendDelegateDataReference.createBackendDelegateDataReference(b, d.processed.location, d.processed.index)
    : 0;
  BackendDelegate.startBackendDelegate(b);
  BackendDelegate.addId(b, id);
  if (processed) BackendDelegate.addProcessed(b, processed);
  BackendDelegate.addCompileSpecs(b, specs);
  return BackendDelegate.endBackendDelegate(b);
}

function encodePlan(b: Builder, p: ExecutionPlanData): Offset {
  const name = b.createString(p.name);
  const meta = p.containerMetaType
    ? ContainerMetadata.createContainerMetadata(
        b,
        b.createString(p.containerMetaType.encodedInpStr),
        b.createString(p.containerMetaType.encodedOutStr),
      )
    : 0;
  const values = offsetVector(
    b,
    p.values.map((v) => encodeEValue(b, v)),
  );
  const inputs = ExecutionPlan.createInputsVector(b, p.inputs);
  const outputs = ExecutionPlan.createOutputsVector(b, p.outputs);
  const chains = offsetVector(
    b,
    p.chains.map((c) => encodeChain(b, c)),
  );
  const operators = offsetVector(
    b,
    p.operators.map((o) => Operator.createOperator(b, b.createString(o.name), b.createString(o.overload))),
  );
  const delegates = offsetVector(
    b,
    p.delegates.map((d) => encodeDelegate(b, d)),
  );
  const sizes = ExecutionPlan.createNonConstBufferSizesVector(b, p.nonConstBufferSizes);
  const devices =
    p.nonConstBufferDevice.length > 0
      ? offsetVector(
          b,
          p.nonConstBufferDevice.map((d) =>
            NonConstBufferDevice.createNonConstBufferDevice(b, d.bufferIdx, d.deviceType, d.deviceIndex),
          ),
        )
      : 0;
  ExecutionPlan.startExecutionPlan(b);
  ExecutionPlan.addName(b, name);
  if (meta) ExecutionPlan.addContainerMetaType(b, meta);
  ExecutionPlan.addValues(b, values);
  ExecutionPlan.addInputs(b, inputs);
  ExecutionPlan.addOutputs(b, outputs);
  ExecutionPlan.addChains(b, chains);
  ExecutionPlan.addOperators(b, operators);
  ExecutionPlan.addDelegates(b, delegates);
  ExecutionPlan.addNonConstBufferSizes(b, sizes);
  if (devices) ExecutionPlan.addNonConstBufferDevice(b, devices);
  return ExecutionPlan.endExecutionPlan(b);
}

function encodeSubsegments(b: Builder, s: SubsegmentOffsetsData): Offset {
  return SubsegmentOffsets.createSubsegmentOffsets(
    b,
    s.segmentIndex,
    SubsegmentOffsets.createOffsetsVector(b, s.offsets),
  );
}

/** Encodes program data as a `Program` flatbuffer with identifier `ET12` (no extended header). */
export function encodeProgram(program: ProgramData): Uint8Array {
  const b = new Builder(1024);
  const plans = offsetVector(
    b,
    program.executionPlan.map((p) => encodePlan(b, p)),
  );
  const constants = offsetVector(
    b,
    program.constantBuffer.map((bytes) =>
      Buffer.createBuffer(b, alignedByteVector(b, bytes, FLATBUFFER_DATA_ALIGNMENT)),
    ),
  );
  const inline = offsetVector(
    b,
    program.backendDelegateData.map((bytes) =>
      BackendDelegateInlineData.createBackendDelegateInlineData(
        b,
        alignedByteVector(b, bytes, FLATBUFFER_DATA_ALIGNMENT),
      ),
    ),
  );
  const segments = offsetVector(
    b,
    program.segments.map((s) => DataSegment.createDataSegment(b, s.offset, s.size)),
  );
  const constantSegment = program.constantSegment ? encodeSubsegments(b, program.constantSegment) : 0;
  const mutable = offsetVector(
    b,
    program.mutableDataSegments.map((s) => encodeSubsegments(b, s)),
  );
  const named = offsetVector(
    b,
    program.namedData.map((n) => NamedData.createNamedData(b, b.createString(n.key), n.segmentIndex)),
  );
  Program.startProgram(b);
  Program.addVersion(b, program.version);
  Program.addExecutionPlan(b, plans);
  Program.addConstantBuffer(b, constants);
  Program.addBackendDelegateData(b, inline);
  Program.addSegments(b, segments);
  if (constantSegment) Program.addConstantSegment(b, constantSegment);
  Program.addMutableDataSegments(b, mutable);
  Program.addNamedData(b, named);
  b.finish(Program.endProgram(b), 'ET12');
  return b.asUint8Array().slice();
}
