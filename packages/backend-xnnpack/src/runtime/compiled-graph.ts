import {
  bfloat16ToFloat,
  floatToHalfArray,
  halfToFloat,
  halfToFloatArray,
  requireNamedData,
} from '@kindling/backend-utils';
import {
  ErrorCode,
  type EValue,
  KindlingError,
  type NamedDataMap,
  ScalarType,
  Tag,
  type Tensor,
  tagName,
} from '@kindling/core';
import { ensureRowParams, rowLength } from '../kernels/convert.js';
import type { Elements } from '../kernels/data-movement.js';
import {
  nodeTypeName,
  XNN_FLAG_EXTERNAL_INPUT,
  XNN_FLAG_EXTERNAL_OUTPUT,
  XnnDatatype,
  type XnnGraph,
  type XnnNode,
  type XnnValue,
} from '../serialization/xnn-graph.js';
import type { XnnPayload } from '../serialization/xnn-graph-reader.js';
import type { ThreadPool } from '../threads/pool.js';
import { fuseClamps, markPointwiseDynamicRows } from './graph-rewrites.js';
import { numelOf, type RuntimeValue, sameShape, storageElementSize, viewOf } from './runtime-value.js';
import { createStep, type Step, type StepContext } from './steps/index.js';
import { XnnWorkspace } from './workspace.js';

const ALIGN = 16;
/** Largest arena one graph may plan (1 GiB). */
const MAX_ARENA_BYTES = 2 ** 30;
const NO_OFFSET = 0xffff_ffff_ffff_ffffn;

/** How named data lookups report a missing or short blob, like {@link invalid}. */
const FROM_XNNPACK = {
  code: ErrorCode.DelegateInvalidCompatibility,
  context: { backend: 'XnnpackBackend' },
} as const;

function invalid(message: string, context: Record<string, unknown> = {}): never {
  throw new KindlingError(ErrorCode.DelegateInvalidCompatibility, `XNNPACK payload: ${message}`, {
    context: { backend: 'XnnpackBackend', ...context },
  });
}

/** The ExecuTorch scalar type an external tensor of an XNNPACK datatype must have. */
function scalarTypeFor(dt: XnnDatatype): ScalarType | undefined {
  switch (dt) {
    case XnnDatatype.Fp32:
      return ScalarType.Float;
    case XnnDatatype.Fp16:
      return ScalarType.Half;
    case XnnDatatype.QInt8:
      return ScalarType.Char;
    case XnnDatatype.QUInt8:
      return ScalarType.Byte;
    case XnnDatatype.Int32:
    case XnnDatatype.QInt32:
      return ScalarType.Int;
    default:
      return undefined;
  }
}

/** A typed, aligned view of constant bytes (copied when misaligned for the element type). */
function constantView(dt: XnnDatatype, bytes: Uint8Array, count: number, where: string): Elements {
  const size = storageElementSize(dt);
  if (size === 0) invalid(`${where} has unsupported constant datatype ${XnnDatatype[dt] ?? dt}`);
  if (dt === XnnDatatype.Fp16) {
    const out = new Float32Array(count);
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < count; i++) out[i] = halfToFloat(dv.getUint16(i * 2, true));
    return out;
  }
  const aligned = bytes.byteOffset % size === 0 ? bytes : bytes.slice();
  return viewOf(dt, aligned.buffer, aligned.byteOffset, count);
}

function constantBytesOf(
  graph: XnnGraph,
  idx: number,
  constantRegion: Uint8Array,
  namedData: NamedDataMap,
  where: string,
): Uint8Array {
  if (graph.constantData.length === 0) {
    const b = graph.constantBuffer[idx];
    if (!b) invalid(`${where} refers to constant ${idx}, which does not exist`);
    return b;
  }
  const c = graph.constantData[idx];
  if (!c) invalid(`${where} refers to constant ${idx}, which does not exist`);
  if (c.namedKey)
    return requireNamedData(namedData, c.namedKey, { where: `XNNPACK payload: ${where}`, ...FROM_XNNPACK });
  if (c.offset === NO_OFFSET || c.offset + c.size > BigInt(constantRegion.byteLength)) {
    invalid(`${where}: constant [${c.offset}, +${c.size}) lies outside the constant region`);
  }
  return constantRegion.subarray(Number(c.offset), Number(c.offset + c.size));
}

/** Whether a datatype holds two 4-bit elements per byte. */
function isInt4(dt: XnnDatatype): boolean {
  return dt === XnnDatatype.QCInt4 || dt === XnnDatatype.QBInt4;
}

/**
 * Bytes of an int4 matrix: each row of the innermost dim is nibble-packed on its own (an odd row
 * length leaves the last high nibble unused), as ExecuTorch serializes 4-bit weights.
 */
export function int4Bytes(dims: readonly number[]): number {
  if (dims.length === 0) return 1;
  const inner = dims[dims.length - 1] as number;
  return (numelOf(dims) / Math.max(inner, 1)) * Math.ceil(inner / 2);
}

function countOf(dt: XnnDatatype, dims: readonly number[]): number {
  return isInt4(dt) ? int4Bytes(dims) : numelOf(dims);
}

/**
 * A loaded XNNPACK graph: values with planned storage, constants bound (and weights packed by
 * the steps), ready to execute against a delegate call's arguments.
 */
export class CompiledGraph {
  readonly graph: XnnGraph;
  readonly values: RuntimeValue[];
  readonly steps: Step[];
  readonly inputs: RuntimeValue[];
  readonly outputs: RuntimeValue[];
  #arena: ArrayBuffer = new ArrayBuffer(0);
  readonly #planned: RuntimeValue[];
  readonly #shapeScratch: number[] = [];
  /** The sizes arrays of the tensors of the last call (inputs, outputs), to skip unchanged shapes. */
  readonly #inputSizes: (readonly number[] | undefined)[] = [];
  readonly #outputSizes: (readonly number[] | undefined)[] = [];
  /** Set when a call failed while propagating shapes: the next call propagates them again. */
  #shapesStale = false;
  /** The WebAssembly kernels and their memory (null: TypeScript kernels, values in `#arena`). */
  readonly #ctx: StepContext;

  /** The kernel memory and pool this graph shares with the other delegates of its backend instance. */
  readonly #ws: XnnWorkspace;
  /** Bytes of the shared region this graph needs: its arena, then one scratch slice per thread. */
  #need = 0;
  #arenaTotal = 0;
  #boundGeneration = -1;
  #boundBuffer: ArrayBufferLike | null = null;
  readonly #kernelExports = new Set<string>();

  /**
   * Loads a graph into `workspace` (by default a single-threaded one of its own). A workspace of
   * more than one thread places everything in a shared memory, so that its pool can run the kernels.
   */
  constructor(payload: XnnPayload, namedData: NamedDataMap, workspace: XnnWorkspace = new XnnWorkspace(1)) {
    const { graph, constantRegion } = payload;
    this.graph = graph;
    this.#ws = workspace;
    this.#ctx = { heap: workspace.heap, scratchPtr: 0, scratchBytes: 0, scratchStride: 0, pool: null };
    const byId = new Map<number, RuntimeValue>();
    this.values = graph.values.map((v) => this.#makeValue(v, graph, constantRegion, namedData));
    for (const v of this.values) byId.set(v.id, v);
    const get = (id: number): RuntimeValue => {
      const v = byId.get(id);
      if (!v) invalid(`value id ${id} does not exist`);
      return v;
    };
    this.inputs = this.values.filter((v) => v.isInput).sort((a, b) => a.externalArg - b.externalArg);
    this.outputs = this.values.filter((v) => v.isOutput).sort((a, b) => a.externalArg - b.externalArg);
    // XNNPACK's own subgraph rewrites, which change quantized results.
    const nodes = fuseClamps(graph.nodes, (id) => get(id).isOutput);
    markPointwiseDynamicRows(nodes, get);
    const build = () => nodes.map((n) => createStep(n, get, this.#ctx));
    this.steps = workspace.heap ? workspace.heap.recording(this.#kernelExports, build) : build();
    this.#planned = this.values.filter((v) => v.storage === 'arena');
    // Initial shapes: external inputs and constants carry their declared dims; others are inferred.
    this.#inferShapes();
    this.#checkDeclaredShapes(nodes);
    this.#plan();
    workspace.acquire();
  }

  /**
   * Every value a node writes agrees with its declared dims once the shapes are inferred from the
   * declared inputs: a payload whose attributes (an edited padding or stride, a changed dim) make a
   * node compute another shape is refused here, before anything is planned or run. External
   * outputs (the program's tensors) must match exactly; internal values must have the declared
   * element count (ExecuTorch declares some internal values, such as the dynamically quantized input
   * of a convolution, in NCHW order while XNNPACK computes them in NHWC).
   */
  #checkDeclaredShapes(nodes: readonly (XnnNode | null)[]): void {
    const producer = new Map<number, XnnNode>();
    for (const n of nodes) if (n) for (const id of n.outputs) producer.set(id, n);
    this.values.forEach((v, i) => {
      const node = producer.get(v.id);
      const declared = this.graph.values[i]?.dims ?? [];
      if (node === undefined || sameShape(v.shape, declared)) return;
      if (!v.isOutput && numelOf(v.shape) === numelOf(declared)) return;
      invalid(
        `xnodes[${node.index}] (${nodeTypeName(node.type)}) computes shape [${v.shape.join(', ')}] for xvalues[${v.index}] (id ${v.id}), which is declared [${declared.join(', ')}]`,
        { node: node.index, value: v.index },
      );
    });
  }

  #makeValue(v: XnnValue, graph: XnnGraph, constantRegion: Uint8Array, namedData: NamedDataMap): RuntimeValue {
    const where = `xvalues[${v.index}] (id ${v.id})`;
    const isInput = (v.flags & XNN_FLAG_EXTERNAL_INPUT) !== 0;
    const isOutput = (v.flags & XNN_FLAG_EXTERNAL_OUTPUT) !== 0;
    const external = isInput || isOutput;
    const constant = v.constantBufferIdx !== 0;
    if (storageElementSize(v.datatype) === 0) {
      throw new KindlingError(
        ErrorCode.NotImplemented,
        `XNNPACK: ${where} has datatype ${XnnDatatype[v.datatype] ?? v.datatype}, not supported yet`,
        {
          context: { backend: 'XnnpackBackend', value: v.index },
        },
      );
    }
    if (external && scalarTypeFor(v.datatype) === undefined) {
      throw new KindlingError(
        ErrorCode.NotImplemented,
        `XNNPACK: external ${where} has datatype ${XnnDatatype[v.datatype]}, not supported`,
        {
          context: { backend: 'XnnpackBackend', value: v.index },
        },
      );
    }
    const converted = external && v.datatype === XnnDatatype.Fp16;
    const value: RuntimeValue = {
      index: v.index,
      id: v.id,
      datatype: v.datatype,
      quant: v.quant,
      // With the WebAssembly kernels every non-constant value lives in their memory (external
      // tensors are copied in and out), so kernels take pointers.
      storage: constant ? 'constant' : external && !converted && !this.#ctx.heap ? 'external' : 'arena',
      externalArg: external ? v.externalId : -1,
      converted,
      isInput,
      isOutput,
      shape: v.dims.slice(),
      data: null,
      channelScales: null,
      quantRowDims: v.quant?.kind === 'per-token-dynamic' ? v.quant.numNonbatchDims : 1,
      rowScales: null,
      rowZeroPoints: null,
      arenaOffset: 0,
      capacity: 0,
    };
    if (constant) {
      const bytes = constantBytesOf(graph, v.constantBufferIdx, constantRegion, namedData, where);
      const count = countOf(v.datatype, v.dims);
      const size = isInt4(v.datatype) ? 1 : v.datatype === XnnDatatype.Fp16 ? 2 : storageElementSize(v.datatype);
      if (bytes.byteLength < count * size)
        invalid(`${where} needs ${count * size} constant bytes, has ${bytes.byteLength}`, { value: v.index });
      value.data = constantView(v.datatype, bytes, count, where);
    }
    const q = v.quant;
    if (q && (q.kind === 'per-channel' || q.kind === 'per-channel-group')) {
      if (q.scales.length > 0) value.channelScales = q.scales;
      else if (q.kind === 'per-channel') {
        const bytes = constantBytesOf(graph, q.scaleBufferIdx, constantRegion, namedData, `${where} scales`);
        if (bytes.byteLength < q.numScales * 4)
          invalid(`${where} scales need ${q.numScales * 4} bytes, have ${bytes.byteLength}`);
        value.channelScales = constantView(XnnDatatype.Fp32, bytes, q.numScales, where) as Float32Array;
      } else {
        // Blockwise scales are bf16 in their own constant.
        const bytes = constantBytesOf(graph, q.scaleBufferIdx, constantRegion, namedData, `${where} scales`);
        if (bytes.byteLength < q.numScales * 2)
          invalid(
            `${where} has ${q.numScales} bf16 scales, which need ${q.numScales * 2} bytes, have ${bytes.byteLength}`,
            {
              value: v.index,
            },
          );
        const scales = new Float32Array(q.numScales);
        for (let i = 0; i < scales.length; i++) {
          const s = bfloat16ToFloat((bytes[2 * i] as number) | ((bytes[2 * i + 1] as number) << 8));
          if (!(Number.isFinite(s) && s > 0))
            invalid(`${where} has blockwise scale ${s} at ${i} (scales must be finite and positive)`, {
              value: v.index,
            });
          scales[i] = s;
        }
        value.channelScales = scales;
      }
    }
    return value;
  }

  #inferShapes(): void {
    for (const s of this.steps) s.infer();
  }

  /** Lifetime-based first-fit placement of arena values, 16-byte aligned. */
  #plan(): void {
    const first = new Map<RuntimeValue, number>();
    const last = new Map<RuntimeValue, number>();
    const touch = (v: RuntimeValue, t: number) => {
      first.set(v, Math.min(first.get(v) ?? t, t));
      last.set(v, Math.max(last.get(v) ?? t, t));
    };
    const byId = new Map(this.values.map((v) => [v.id, v]));
    for (const v of this.#planned) {
      if (v.isInput) touch(v, -1);
      if (v.isOutput) touch(v, this.steps.length);
    }
    this.steps.forEach((s, t) => {
      for (const id of [...s.node.inputs, ...s.node.outputs]) {
        const v = byId.get(id);
        if (v && v.storage === 'arena') touch(v, t);
      }
    });
    const placed: { start: number; end: number; from: number; to: number }[] = [];
    let total = 0;
    const order = [...this.#planned].sort((a, b) => (first.get(a) ?? 0) - (first.get(b) ?? 0));
    for (const v of order) {
      const bytes = Math.max(numelOf(v.shape) * storageElementSize(v.datatype), 0);
      const size = Math.ceil(bytes / ALIGN) * ALIGN;
      const from = first.get(v) ?? 0;
      const to = last.get(v) ?? from;
      const live = placed.filter((p) => !(p.to < from || p.from > to)).sort((a, b) => a.start - b.start);
      let offset = 0;
      for (const p of live) {
        if (offset + size <= p.start) break;
        offset = Math.max(offset, p.end);
      }
      placed.push({ start: offset, end: offset + size, from, to });
      v.arenaOffset = offset;
      v.capacity = numelOf(v.shape);
      total = Math.max(total, offset + size);
    }
    if (total > MAX_ARENA_BYTES) {
      throw new KindlingError(
        ErrorCode.DelegateMemoryAllocationFailed,
        `XNNPACK: the graph needs a ${total}-byte arena, more than the ${MAX_ARENA_BYTES}-byte limit`,
        { context: { backend: 'XnnpackBackend' } },
      );
    }
    this.#arenaBytes = total;
    this.#arenaTotal = total;
    if (this.#ctx.heap) {
      // In the workspace's shared region: [arena][kernel scratch, one slice per thread][16 bytes of
      // slack for vector tail loads].
      const scratch = this.#scratchNeeded();
      const stride = Math.ceil(scratch / ALIGN) * ALIGN;
      this.#ctx.scratchBytes = scratch;
      this.#ctx.scratchStride = stride;
      this.#need = total + stride * this.#ws.threads + ALIGN;
      this.#boundGeneration = -1;
      this.#bind();
    } else {
      this.#arena = new ArrayBuffer(total);
      for (const v of this.#planned) this.#view(v, this.#arena, 0);
    }
  }

  /**
   * Points the arena values and the scratch at the workspace's shared region, where it is now (the
   * region moves when another delegate of the workspace allocates, and a non-shared memory's buffer
   * changes when it grows): cheap when nothing moved.
   */
  #bind(): void {
    const heap = this.#ctx.heap;
    if (!heap) return;
    const base = this.#ws.region(this.#need);
    if (this.#ws.generation === this.#boundGeneration && heap.buffer === this.#boundBuffer) return;
    const buffer = heap.buffer;
    for (const v of this.#planned) this.#view(v, buffer, base);
    this.#ctx.scratchPtr = base + this.#arenaTotal;
    this.#boundGeneration = this.#ws.generation;
    this.#boundBuffer = buffer;
  }

  #view(v: RuntimeValue, buffer: ArrayBufferLike, base: number): void {
    v.data = viewOf(v.datatype, buffer, base + v.arenaOffset, v.capacity);
    if (v.datatype === XnnDatatype.QDInt8) {
      // One scale and zero point per row, not per element (the quantization steps grow them if a
      // later shape has more rows). Per element, they took 0.6 GB for SmolLM2-135M (512-token bound).
      const cols = rowLength(v);
      ensureRowParams(v, cols > 0 ? Math.ceil(v.capacity / cols) : 1);
    }
  }

  #arenaBytes = 0;

  #scratchNeeded(): number {
    let bytes = 0;
    for (const s of this.steps) bytes = Math.max(bytes, s.scratchBytes?.() ?? 0);
    return bytes;
  }

  /** Bytes of the planned arena. */
  get arenaBytes(): number {
    return this.#arenaBytes;
  }

  /** The exports of the kernel build its steps call (sorted; none with the TypeScript kernels). */
  get kernelExports(): string[] {
    return [...this.#kernelExports].sort();
  }

  /** Which kernels run: a WebAssembly build, or `'ts'`. */
  get kernels(): string {
    return this.#ctx.heap?.variant ?? 'ts';
  }

  /**
   * Joins its workspace's worker pool (started once for all the workspace's delegates); without one
   * (threads unavailable, a worker failing to start) the kernels run on the calling thread.
   */
  async startThreads(): Promise<void> {
    if (this.#ctx.pool) return;
    this.#ctx.pool = await this.#ws.startPool();
  }

  /** Threads that run the kernels now (1 without a pool, or once its pool failed). */
  get threads(): number {
    const pool = this.#ctx.pool;
    return pool && !pool.closed ? pool.threads : 1;
  }

  /** The worker pool, if one runs. @internal For tests (fault injection). */
  get pool(): ThreadPool | null {
    return this.#ctx.pool;
  }

  /**
   * Leaves the workspace: the last graph to leave stops its pool; returns true then (its memory can
   * be dropped). The graph keeps working on the calling thread.
   */
  dispose(): boolean {
    this.#ctx.pool = null;
    return this.#ws.release();
  }

  /**
   * Runs the graph on a delegate call's arguments (inputs then outputs). When its worker pool has
   * stopped after a failure (see `threads/pool.ts`), that failure is thrown once if no call has
   * reported it yet; later calls run on the calling thread, after the pool's workers have exited
   * (hence a promise then), so that no stopped worker still writes into the memory.
   */
  execute(args: readonly EValue[]): void | Promise<void> {
    const pool = this.#ctx.pool;
    if (pool?.closed) {
      this.#ctx.pool = null;
      const failure = pool.takeFailure();
      if (failure) throw failure;
      return pool.exited.then(() => this.#run(args));
    }
    this.#run(args);
  }

  #run(args: readonly EValue[]): void {
    this.#bind();
    let changed = this.#shapesStale;
    const seenIn = this.#inputSizes;
    for (let k = 0; k < this.inputs.length; k++) {
      const v = this.inputs[k] as RuntimeValue;
      const t = this.#tensorArg(args, v);
      // A tensor's sizes array is replaced whenever it is resized: the same array, the same shape.
      if (t.sizes === seenIn[k]) continue;
      seenIn[k] = t.sizes;
      const shape = this.#shapeScratch;
      shape.length = t.dimOrder.length;
      for (let i = 0; i < shape.length; i++) shape[i] = t.sizes[t.dimOrder[i] as number] as number;
      if (!sameShape(shape, v.shape)) {
        v.shape = shape.slice();
        changed = true;
      }
    }
    if (changed) {
      try {
        this.#inferShapes();
        if (
          this.#planned.some((v) => numelOf(v.shape) > v.capacity) ||
          (this.#ctx.heap && this.#scratchNeeded() > this.#ctx.scratchBytes)
        )
          this.#plan();
      } catch (e) {
        // Shapes are half updated: the next call must propagate them again, whatever it gets.
        this.#shapesStale = true;
        seenIn.fill(undefined);
        this.#outputSizes.fill(undefined);
        throw e;
      }
      this.#shapesStale = false;
    }
    for (const v of this.inputs) {
      const t = this.#tensorArg(args, v);
      if (v.converted) {
        const src = t.data as Uint16Array;
        const dst = v.data as Float32Array;
        halfToFloatArray(src, dst);
      } else if (v.storage === 'arena')
        (v.data as Elements).set(t.data as Elements); // t.data has numel elements
      else v.data = t.data as Elements;
    }
    const seenOut = this.#outputSizes;
    for (let k = 0; k < this.outputs.length; k++) {
      const v = this.outputs[k] as RuntimeValue;
      const t = this.#tensorArg(args, v);
      if (!changed && t.sizes === seenOut[k]) {
        if (v.storage === 'external' && !v.isInput) v.data = t.data as Elements;
        continue;
      }
      if (t.dimOrder.length !== v.shape.length) {
        throw new KindlingError(
          ErrorCode.InvalidArgument,
          `XNNPACK output ${v.id} has rank ${v.shape.length}, the delegate call's tensor has rank ${t.dimOrder.length}`,
          { context: { backend: 'XnnpackBackend', value: v.index } },
        );
      }
      let same = true;
      for (let i = 0; i < v.shape.length; i++) if (t.sizes[t.dimOrder[i] as number] !== v.shape[i]) same = false;
      if (!same) {
        const logical = new Array<number>(v.shape.length);
        for (let i = 0; i < v.shape.length; i++) logical[t.dimOrder[i] as number] = v.shape[i] as number;
        t.resize(logical);
      }
      seenOut[k] = t.sizes;
      if (v.storage === 'external' && !v.isInput) v.data = t.data as Elements;
    }
    for (const s of this.steps) s.run();
    for (const v of this.outputs) {
      const t = this.#tensorArg(args, v);
      if (v.converted) {
        const src = v.data as Float32Array;
        const dst = t.data as Uint16Array;
        floatToHalfArray(src.subarray(0, dst.length), dst);
      } else if (v.storage === 'arena') {
        const src = v.data as Elements;
        const dst = t.data as Elements;
        dst.set(src.length === dst.length ? src : src.subarray(0, dst.length));
      } else if (v.isInput && t.data !== v.data) (t.data as Elements).set((v.data as Elements).subarray(0, t.numel));
    }
  }

  #tensorArg(args: readonly EValue[], v: RuntimeValue): Tensor {
    const a = args[v.externalArg];
    if (!a || a.tag !== Tag.Tensor) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `XNNPACK: delegate argument ${v.externalArg} (value id ${v.id}) is ${a ? `a ${tagName(a.tag)}` : 'missing'}, expected a tensor`,
        { context: { backend: 'XnnpackBackend', value: v.index } },
      );
    }
    const t = a.value;
    const want = scalarTypeFor(v.datatype);
    if (t.dtype !== want) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `XNNPACK: delegate argument ${v.externalArg} has scalar type ${t.dtype}, the graph expects ${XnnDatatype[v.datatype]}`,
        { context: { backend: 'XnnpackBackend', value: v.index } },
      );
    }
    return t;
  }

  /** Names of the graph's node types, for messages. */
  describe(): string {
    return this.graph.nodes.map((n) => nodeTypeName(n.type)).join(', ');
  }
}
