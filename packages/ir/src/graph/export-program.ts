import { ErrorCode, elementSize, KindlingError } from '@kindling/core';
import { alignUp } from '../headers.js';
import type {
  BackendDelegateData,
  EValueData,
  ExecutionPlanData,
  InstructionData,
  OperatorData,
  ProgramData,
  TensorData,
} from '../program-data.js';
import { DataLocation } from '../program-data.js';
import { type WritePteOptions, writePte } from '../pte-writer.js';
import { type Argument, CALL_DELEGATE, type Graph, type Node, type Value } from './graph.js';
import { defaultSchemas, type SchemaArgument, type SchemaRegistry } from './schema.js';

/** Alignment of constant tensors in the constant segment and of planned tensors (ExecuTorch's 16). */
export const TENSOR_ALIGNMENT = 16;

/** Where memory planning put one tensor. */
export interface Allocation {
  /** 1-based planned buffer id. */
  readonly memoryId: number;
  readonly offset: number;
}

/** The result of memory planning for one method, as export consumes it. */
export interface MethodMemoryPlan {
  /** `non_const_buffer_sizes`: entry 0 is the reserved 0, entry k is buffer k's size. */
  readonly bufferSizes: readonly bigint[];
  /** The allocation of a planned tensor value, or `undefined` when it has none. */
  allocation(value: Value): Allocation | undefined;
}

/** Byte size of a tensor value at its (upper-bound) shape. */
export function valueByteSize(v: Value): number {
  if (v.type.kind !== 'tensor') return 0;
  return v.type.shape.reduce((a, b) => a * b, 1) * elementSize(v.type.dtype);
}

/**
 * A plan that places every planned tensor after the previous one (no reuse). Used when no better
 * plan is given; `@kindling/partitioner`'s memory planner does the real work.
 */
export function bumpMemoryPlan(graph: Graph): MethodMemoryPlan {
  const offsets = new Map<Value, number>();
  let end = 0;
  for (const v of graph.values) {
    if (!needsAllocation(v)) continue;
    offsets.set(v, end);
    end += alignUp(valueByteSize(v), TENSOR_ALIGNMENT);
  }
  return {
    bufferSizes: [0n, BigInt(end)],
    allocation: (v) => {
      const offset = offsets.get(v);
      return offset === undefined ? undefined : { memoryId: 1, offset };
    },
  };
}

/** True for tensors that memory planning must place: planned inputs, buffers, node outputs. */
export function needsAllocation(v: Value): boolean {
  if (v.type.kind !== 'tensor' || !v.planned) return false;
  return v.source === 'input' || v.source === 'buffer' || v.source === null;
}

function fnv1a(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    h1 = Math.imul(h1 ^ b, 0x01000193);
    h2 = Math.imul(h2 ^ b, 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(16)}:${(h2 >>> 0).toString(16)}:${bytes.length}`;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A list of blobs where identical contents share one index. */
class BlobPool {
  readonly blobs: Uint8Array[] = [];
  private readonly index = new Map<string, number[]>();
  constructor(private readonly dedupe: boolean) {}
  add(bytes: Uint8Array): number {
    const key = fnv1a(bytes);
    if (this.dedupe) {
      for (const i of this.index.get(key) ?? []) if (equalBytes(this.blobs[i] as Uint8Array, bytes)) return i;
    }
    const i = this.blobs.push(bytes) - 1;
    this.index.set(key, [...(this.index.get(key) ?? []), i]);
    return i;
  }
}

/** Options for {@link ProgramBuilder}. */
export interface ProgramBuilderOptions {
  /** Schema table (default: built-in). */
  schemas?: SchemaRegistry;
  /** Share one copy of identical constant tensors (default `true`, as ExecuTorch does). */
  dedupeConstants?: boolean;
}

/** Options for {@link ProgramBuilder.addMethod}. */
export interface AddMethodOptions {
  /** Memory plan; default {@link bumpMemoryPlan}. */
  memoryPlan?: MethodMemoryPlan;
}

function parseDefault(a: SchemaArgument): Argument {
  const d = a.default;
  if (d === undefined) {
    throw new KindlingError(ErrorCode.InvalidArgument, `argument ${a.name} has no default and was not given`);
  }
  if (d === 'None') return { kind: 'none' };
  if (d === 'True' || d === 'False') return { kind: 'bool', value: d === 'True' };
  if (d.startsWith("'")) return { kind: 'string', value: d.slice(1, -1) };
  if (d.startsWith('[')) {
    const inner = d.slice(1, -1).trim();
    return { kind: 'int-list', items: inner ? inner.split(',').map((s) => BigInt(s.trim())) : [] };
  }
  if (a.list) {
    return { kind: 'int-list', items: new Array(a.listSize ?? 1).fill(BigInt(d)) };
  }
  if (a.type === 'float' || d.includes('.') || d.includes('e')) return { kind: 'float', value: Number(d) };
  return { kind: 'int', value: BigInt(d) };
}

/**
 * Assembles a program from graphs: one execution plan per method, constants deduplicated into the
 * constant segment (16-byte aligned, reserved entry 0), mutable initial state, delegate payloads in
 * segments (or inline), named data. {@link ProgramBuilder.build} gives the program data and segment
 * contents; {@link ProgramBuilder.toPte} the file.
 */
export class ProgramBuilder {
  private readonly plans: ExecutionPlanData[] = [];
  private readonly constants: BlobPool;
  private readonly mutable = new BlobPool(false);
  private readonly delegateBlobs = new BlobPool(true);
  private readonly inlineBlobs: Uint8Array[] = [];
  private readonly named = new Map<string, Uint8Array>();
  private readonly schemas: SchemaRegistry;

  constructor(options: ProgramBuilderOptions = {}) {
    this.schemas = options.schemas ?? defaultSchemas;
    this.constants = new BlobPool(options.dedupeConstants ?? true);
    this.constants.add(new Uint8Array(0)); // reserved entry 0
    this.mutable.add(new Uint8Array(0));
  }

  /** Adds named data (e.g. weights a delegate refers to by key). Same key twice must be the same bytes. */
  addNamedData(key: string, bytes: Uint8Array): void {
    const old = this.named.get(key);
    if (old && !equalBytes(old, bytes)) {
      throw new KindlingError(ErrorCode.InvalidArgument, `named data "${key}" given twice with different bytes`);
    }
    this.named.set(key, bytes);
  }

  /** Exports `graph` as an execution plan of the program. */
  addMethod(graph: Graph, options: AddMethodOptions = {}): ExecutionPlanData {
    const plan = exportMethod(graph, {
      memoryPlan: options.memoryPlan ?? bumpMemoryPlan(graph),
      schemas: this.schemas,
      constant: (bytes) => this.constants.add(bytes),
      mutable: (bytes) => this.mutable.add(bytes),
      delegate: (bytes, inline) => {
        if (inline) return { location: DataLocation.INLINE, index: this.inlineBlobs.push(bytes) - 1 };
        return { location: DataLocation.SEGMENT, index: this.delegateBlobs.add(bytes) };
      },
    });
    this.plans.push(plan);
    return plan;
  }

  /** The program and the contents of its segments. */
  build(): { program: ProgramData; segments: Uint8Array[] } {
    const segments: Uint8Array[] = [];
    // Constant segment: entry 0 is the placeholder; every tensor starts 16-aligned.
    const blobs = this.constants.blobs;
    const offsets: bigint[] = [0n];
    let size = 0;
    for (let i = 1; i < blobs.length; i++) {
      size = alignUp(size, TENSOR_ALIGNMENT);
      offsets.push(BigInt(size));
      size += (blobs[i] as Uint8Array).byteLength;
    }
    const constantSegment = new Uint8Array(size);
    for (let i = 1; i < blobs.length; i++) constantSegment.set(blobs[i] as Uint8Array, Number(offsets[i]));
    segments.push(constantSegment);

    const mutableDataSegments = [];
    if (this.mutable.blobs.length > 1) {
      const mOffsets: bigint[] = [0n];
      let mSize = 0;
      for (let i = 1; i < this.mutable.blobs.length; i++) {
        mOffsets.push(BigInt(mSize));
        mSize += (this.mutable.blobs[i] as Uint8Array).byteLength;
      }
      const seg = new Uint8Array(mSize);
      this.mutable.blobs.forEach((b, i) => {
        if (i > 0) seg.set(b, Number(mOffsets[i]));
      });
      mutableDataSegments.push({ segmentIndex: segments.push(seg) - 1, offsets: mOffsets });
    }

    const delegateBase = segments.length;
    segments.push(...this.delegateBlobs.blobs);
    const plans = this.plans.map((p) => ({
      ...p,
      delegates: p.delegates.map((d) =>
        d.processed?.location === DataLocation.SEGMENT
          ? { ...d, processed: { location: DataLocation.SEGMENT, index: d.processed.index + delegateBase } }
          : d,
      ),
    }));

    const namedPool = new BlobPool(true);
    const namedData = [...this.named.entries()].map(([key, bytes]) => ({ key, segmentIndex: namedPool.add(bytes) }));
    const namedBase = segments.length;
    segments.push(...namedPool.blobs);

    const program: ProgramData = {
      version: 0,
      executionPlan: plans,
      constantBuffer: [],
      backendDelegateData: this.inlineBlobs,
      segments: segments.map(() => ({ offset: 0n, size: 0n })),
      constantSegment: { segmentIndex: 0, offsets },
      mutableDataSegments,
      namedData: namedData.map((n) => ({ key: n.key, segmentIndex: n.segmentIndex + namedBase })),
    };
    return { program, segments };
  }

  /** Writes the `.pte`. */
  toPte(options?: WritePteOptions): Uint8Array {
    const { program, segments } = this.build();
    return writePte(program, segments, options);
  }
}

/** Callbacks {@link exportMethod} stores data through. */
export interface ExportContext {
  memoryPlan: MethodMemoryPlan;
  schemas?: SchemaRegistry;
  /** Stores constant bytes; returns the `data_buffer_idx` (>= 1). */
  constant(bytes: Uint8Array): number;
  /** Stores a buffer's initial bytes; returns its index in the mutable data segment (>= 1). */
  mutable(bytes: Uint8Array): number;
  /** Stores a delegate payload; returns where. */
  delegate(bytes: Uint8Array, inline: boolean): { location: DataLocation; index: number };
}

/**
 * Exports a graph as an `ExecutionPlan`: graph values first (in id order), then the literal values
 * of each instruction's arguments; kernel calls with ExecuTorch's argument layout (every schema
 * argument, out arguments included, then one return slot).
 */
export function exportMethod(graph: Graph, ctx: ExportContext): ExecutionPlanData {
  const schemas = ctx.schemas ?? defaultSchemas;
  const values: EValueData[] = [];
  const index = new Map<Value, number>();
  for (const v of graph.values) index.set(v, values.push(valueData(v, ctx)) - 1);

  const push = (ev: EValueData) => values.push(ev) - 1;
  const ref = (v: Value): number => {
    const i = index.get(v);
    if (i === undefined) throw new KindlingError(ErrorCode.InvalidState, `${v.name} is not in graph ${graph.name}`);
    return i;
  };
  const emitArg = (a: Argument): number => {
    switch (a.kind) {
      case 'value':
        return ref(a.value);
      case 'none':
        return push({ type: 'Null' });
      case 'int':
        return push({ type: 'Int', value: a.value });
      case 'float':
        return push({ type: 'Double', value: a.value });
      case 'bool':
        return push({ type: 'Bool', value: a.value });
      case 'string':
        return push({ type: 'String', value: a.value });
      case 'int-list': {
        const items = a.items.map((i) => (typeof i === 'bigint' ? push({ type: 'Int', value: i }) : ref(i)));
        return push({ type: 'IntList', items });
      }
      case 'float-list':
        return push({ type: 'DoubleList', items: [...a.items] });
      case 'bool-list':
        return push({ type: 'BoolList', items: [...a.items] });
      case 'tensor-list':
        return push({ type: 'TensorList', items: a.items.map(ref) });
      case 'optional-tensor-list':
        return push({ type: 'OptionalTensorList', items: a.items.map((i) => (i === null ? -1 : ref(i))) });
    }
  };

  const operators: OperatorData[] = [];
  const operatorIndex = (name: string, overload: string) => {
    let i = operators.findIndex((o) => o.name === name && o.overload === overload);
    if (i < 0) i = operators.push({ name, overload }) - 1;
    return i;
  };
  const delegates: BackendDelegateData[] = [];
  const instructions: InstructionData[] = graph.nodes.map((node) => {
    if (node.op === CALL_DELEGATE) {
      const d = node.delegate;
      if (!d) throw new KindlingError(ErrorCode.InvalidState, `delegate node ${node.id} has no delegate`);
      const processed = ctx.delegate(d.processed, !!d.inline);
      const delegateIndex =
        delegates.push({
          id: d.id,
          processed,
          compileSpecs: d.compileSpecs.map((c) => ({ key: c.key, value: c.value })),
        }) - 1;
      return { type: 'DelegateCall', delegateIndex, args: [...node.args.map(emitArg), ...node.outputs.map(ref)] };
    }
    return kernelCall(node);
  });

  function kernelCall(node: Node): InstructionData {
    const schema = schemas.get(node.op);
    const outs = node.outputs.map(ref);
    if (schema) {
      const args: number[] = [];
      let input = 0;
      for (const a of schema.arguments) {
        if (a.out) {
          if (a.list) args.push(push({ type: 'TensorList', items: outs }));
          else args.push(outs[schema.outs.indexOf(a)] as number);
          continue;
        }
        const given = node.args[input++];
        args.push(emitArg(given ?? parseDefault(a)));
      }
      const kind = schema.entry.kind;
      let ret: number;
      if (kind === 'inplace') ret = args[0] as number;
      else if (kind === 'functional' || kind === 'alias') ret = outs[0] as number;
      else if (schema.outs.length === 1 && !schema.outs[0]?.list) ret = outs[0] as number;
      else ret = push({ type: 'TensorList', items: outs });
      args.push(ret);
      return { type: 'KernelCall', opIndex: operatorIndex(schema.operatorName, schema.overload), args };
    }
    const t = node.target;
    if (!t) {
      throw new KindlingError(
        ErrorCode.NotFound,
        `no schema for ${node.op} and no program operator recorded for node ${node.id}`,
      );
    }
    const positions = t.outPositions ?? [];
    const total = node.args.length + (t.returnKind ? positions.length : 0);
    const args: number[] = [];
    let input = 0;
    for (let p = 0; p < total; p++) {
      const o = t.returnKind ? positions.indexOf(p) : -1;
      args.push(o >= 0 ? (outs[o] as number) : emitArg(node.args[input++] as Argument));
    }
    if (t.returnKind === 'list') args.push(push({ type: 'TensorList', items: outs }));
    else args.push(outs[0] as number);
    return { type: 'KernelCall', opIndex: operatorIndex(t.name, t.overload), args };
  }

  const meta = graph.meta as {
    containerMetaType?: ExecutionPlanData['containerMetaType'];
    nonConstBufferDevice?: ExecutionPlanData['nonConstBufferDevice'];
  };
  const constantMethod = graph.nodes.length === 0 && !graph.values.some(needsAllocation);
  return {
    name: graph.name,
    containerMetaType: meta.containerMetaType ?? null,
    values,
    inputs: graph.inputs.map(ref),
    outputs: graph.outputs.map(ref),
    chains: [{ inputs: [], outputs: [], instructions, stacktrace: null }],
    operators,
    delegates,
    nonConstBufferSizes: constantMethod ? [0n] : [...ctx.memoryPlan.bufferSizes],
    nonConstBufferDevice: meta.nonConstBufferDevice ?? [],
  };
}

function valueData(v: Value, ctx: ExportContext): EValueData {
  if (v.type.kind !== 'tensor') {
    if (v.source === 'literal' || v.literal !== null) {
      const l = v.literal;
      if (typeof l === 'bigint') return { type: 'Int', value: l };
      if (typeof l === 'number') return { type: 'Double', value: l };
      if (typeof l === 'boolean') return { type: 'Bool', value: l };
      if (typeof l === 'string') return { type: 'String', value: l };
      return { type: 'Null' };
    }
    // Inputs and produced scalars carry a placeholder value of their type.
    switch (v.type.kind) {
      case 'int':
        return { type: 'Int', value: 0n };
      case 'float':
        return { type: 'Double', value: 0 };
      case 'bool':
        return { type: 'Bool', value: false };
      case 'string':
        return { type: 'String', value: '' };
      default:
        return { type: 'Null' };
    }
  }
  const t = v.type;
  let dataBufferIdx = 0;
  let allocationInfo: TensorData['allocationInfo'] = null;
  if (v.source === 'constant') {
    if (!v.data) throw new KindlingError(ErrorCode.InvalidState, `constant ${v.name} has no data`);
    dataBufferIdx = ctx.constant(v.data);
  } else if (needsAllocation(v) || (v.source === 'alias' && v.planned)) {
    let root = v;
    while (root.source === 'alias' && root.aliasOf) root = root.aliasOf;
    const a = ctx.memoryPlan.allocation(root);
    if (!a) throw new KindlingError(ErrorCode.InvalidState, `memory plan has no place for ${v.name}`);
    allocationInfo = {
      memoryId: a.memoryId,
      memoryOffsetLow: a.offset % 2 ** 32,
      memoryOffsetHigh: Math.floor(a.offset / 2 ** 32),
    };
    if (v.source === 'buffer' && v.data) dataBufferIdx = ctx.mutable(v.data);
  }
  return {
    type: 'Tensor',
    tensor: {
      scalarType: t.dtype,
      storageOffset: 0,
      sizes: [...t.shape],
      dimOrder: [...t.dimOrder],
      requiresGrad: false,
      dataBufferIdx,
      allocationInfo,
      layout: 0,
      shapeDynamism: t.dynamism,
      extraTensorInfo: v.extraTensorInfo,
    },
  };
}
