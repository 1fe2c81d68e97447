import { ErrorCode, KindlingError } from '@kindling/core';
import type { ShaderName } from '../generated/wgsl.js';
import { invalid } from '../serialization/flat.js';
import { VkDataType, type VkGraph, type VkTensor, type VkValue, VkValueKind } from '../serialization/vk-graph.js';

/** Most dimensions a tensor may have. */
export const MAX_RANK = 8;
/** Most elements one tensor may have (a storage buffer of 4-byte elements up to 1 GiB). */
const MAX_ELEMENTS = 2 ** 28;
/** Most elements a graph may compute on the CPU at load (`arange`, `full_like`), all nodes together. */
const MAX_FILLED = 2 ** 24;

/**
 * A tensor of the plan: contiguous, 4-byte elements, in a storage buffer of its own, its source's (a
 * view) or one shared with tensors of disjoint lifetimes (the payload's memory objects).
 */
export interface PlanTensor {
  readonly id: number;
  /** Element type on the device, 4 bytes each (BOOL: one 32-bit word, 0 or 1, per element). */
  readonly dtype: VkDataType.Float32 | VkDataType.Int32 | VkDataType.Bool | VkDataType.UInt8;
  /**
   * Dimensions in this plan: the payload's (the upper bounds of a dynamic shape) in the plan made at
   * init; the shapes computed from the call's inputs in a plan for other input shapes.
   */
  dims: readonly number[];
  numel: number;
  /** Elements its buffer holds: the element count of the payload's dimensions. */
  readonly capacity: number;
  /**
   * True for a FLOAT16 tensor of the payload (`force_fp16`): its constant bytes are fp16, converted
   * once at init; on the device it is computed in fp32 like every other float tensor.
   */
  readonly half?: boolean;
  /** The payload's staging element type (how a graph input or output crosses to the caller). */
  readonly staging: VkDataType;
  /** Index of the constant whose bytes fill it at init, or -1. */
  readonly constant: number;
  /** Values written once at init (computed from constant arguments, e.g. `arange`). */
  readonly fill?: Float32Array | Int32Array;
  /** The payload's memory object id (tensors of one id may share a buffer, see `planSharing`). */
  readonly memObj?: number;
  /** When set, the tensor shares the buffer of this tensor (views and copies of contiguous data). */
  alias?: number;
}

/** One kernel launch. */
export interface PlanDispatch {
  readonly node: number;
  readonly op: string;
  readonly shader: ShaderName;
  /** Pipeline-overridable constants (the specialization). */
  readonly constants: Readonly<Record<string, number>>;
  /** Tensor ids bound at bindings 0.. in order; -1 binds an unused placeholder. */
  readonly bindings: readonly number[];
  /** Parameters bound after the tensors (u32 words; floats as their bits). */
  readonly params: Uint32Array;
  /** Invocations to launch. */
  readonly invocations: number;
}

/** What the GPU side executes: tensors, launches in order, inputs and outputs. */
export interface Plan {
  readonly tensors: Map<number, PlanTensor>;
  readonly dispatches: readonly PlanDispatch[];
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
  /** Values of the graph's symbolic integers (`SymInt`) in this plan, by value id. */
  readonly symInts: ReadonlyMap<number, number>;
}

/**
 * The shapes of one delegate call when they are not the payload's (dynamic shapes): the dimensions
 * of each tensor input and the value of each symbolic-integer input, by value id.
 */
export interface CallShapes {
  readonly dims: ReadonlyMap<number, readonly number[]>;
  readonly symInts: ReadonlyMap<number, number>;
}

const f32bits = (v: number): number => {
  const f = new Float32Array([v]);
  return new Uint32Array(f.buffer)[0]!;
};

function unsupported(message: string, context: Record<string, unknown>): never {
  throw new KindlingError(ErrorCode.NotSupported, `WebGPU backend: ${message}`, {
    context: { backend: 'VulkanBackend', ...context },
  });
}

/** Builds the plan from a decoded graph, validating every id, kind, dtype, shape and argument. */
export class Planner {
  readonly tensors = new Map<number, PlanTensor>();
  readonly dispatches: PlanDispatch[] = [];
  #graph: VkGraph;
  #constantCount: number;
  /** The operator call being planned, for messages. */
  #node = -1;
  #op = '';

  /** Tensors written so far (graph inputs, then each node's outputs in chain order). */
  #produced: Set<number>;

  /** Set when planning a call's own shapes: outputs then take the shapes their operators compute. */
  readonly #shapes: CallShapes | undefined;
  /** Symbolic integers known so far (inputs of the call, then `sym_size` results). */
  readonly symInts = new Map<number, number>();

  constructor(graph: VkGraph, constantCount: number, produced: Set<number>, shapes?: CallShapes) {
    this.#graph = graph;
    this.#constantCount = constantCount;
    this.#produced = produced;
    this.#shapes = shapes;
  }

  /** True when planning shapes other than the payload's (see {@link CallShapes}). */
  get resizing(): boolean {
    return this.#shapes !== undefined;
  }

  /**
   * Gives a tensor the dimensions its operator computed. In the plan made at init they must be the
   * payload's own; for other input shapes they must keep the rank and fit the tensor's buffer.
   */
  resolve(t: PlanTensor, dims: readonly number[]): void {
    if (t.dims.length === dims.length && t.dims.every((d, i) => d === dims[i])) return;
    if (!this.#shapes || t.constant !== -1 || t.dims.length !== dims.length) {
      this.fail(`output ${t.id} has dims [${t.dims}], expected [${dims}]`);
    }
    const numel = dims.reduce((a, b) => a * b, 1);
    if (!(numel <= t.capacity) || dims.some((d) => !(Number.isInteger(d) && d >= 0))) {
      this.fail(`output ${t.id} of dims [${dims}] does not fit its ${t.capacity} elements`);
    }
    t.dims = [...dims];
    t.numel = numel;
  }

  fail(message: string): never {
    invalid(message, { node: this.#node, operator: this.#op });
  }

  value(id: number): VkValue {
    const v = Number.isInteger(id) && id >= 0 ? this.#graph.values[id] : undefined;
    if (!v) this.fail(`value id ${id} is out of range (${this.#graph.values.length} values)`);
    return v;
  }

  /**
   * The tensor of value `id`, read by the current node: it must be a constant, filled at init, or
   * written before (a graph input or an earlier node's output).
   */
  tensor(id: number): PlanTensor {
    const t = this.#entry(id);
    if (t.dtype === VkDataType.UInt8) this.fail(`tensor ${id} (UINT8 packed weights) cannot be read here`);
    if (t.constant === -1 && !t.fill && !this.#produced.has(id)) this.fail(`tensor ${id} is read before it is written`);
    return t;
  }

  /** The plan entry of tensor `id`, created on first use. */
  #entry(id: number): PlanTensor {
    const known = this.tensors.get(id);
    if (known) return known;
    const v = this.value(id);
    if (v.kind !== VkValueKind.Tensor) this.fail(`value ${id} is not a tensor (kind ${v.kind})`);
    return this.#addTensor(id, v);
  }

  #addTensor(id: number, v: VkTensor, fill?: Float32Array | Int32Array): PlanTensor {
    // UINT8: packed constant weights (two 4-bit values a byte), kept as bytes on the device
    const packed = v.dtype === VkDataType.UInt8 && v.constantId !== -1;
    if (
      v.dtype !== VkDataType.Float32 &&
      v.dtype !== VkDataType.Int32 &&
      v.dtype !== VkDataType.Float16 &&
      v.dtype !== VkDataType.Bool &&
      !packed
    ) {
      unsupported(
        `tensor ${id} has element type ${VkDataType[v.dtype] ?? v.dtype}; this version runs FLOAT32, FLOAT16, INT32, BOOL and UINT8 constants`,
        {
          value: id,
          node: this.#node,
          operator: this.#op,
        },
      );
    }
    if (v.dims.length > MAX_RANK) this.fail(`tensor ${id} has ${v.dims.length} dimensions (at most ${MAX_RANK})`);
    let numel = 1;
    for (const d of v.dims) {
      numel *= d;
      if (numel > MAX_ELEMENTS) this.fail(`tensor ${id} has more than ${MAX_ELEMENTS} elements`);
    }
    const constant = v.constantId;
    if (constant !== -1 && !(constant >= 0 && constant < this.#constantCount)) {
      this.fail(`tensor ${id} refers to constant ${constant} of ${this.#constantCount}`);
    }
    const half = v.dtype === VkDataType.Float16;
    const t: PlanTensor = {
      id,
      dtype: half ? VkDataType.Float32 : v.dtype,
      ...(half ? { half } : {}),
      staging: v.stagingDtype,
      dims: v.dims,
      numel,
      capacity: numel,
      constant,
      ...(fill ? { fill } : {}),
      ...(v.memObjId >= 0 ? { memObj: v.memObjId } : {}),
    };
    this.tensors.set(id, t);
    return t;
  }

  /** A constant of packed UINT8 weights. */
  packed(id: number): PlanTensor {
    const t = this.#entry(id);
    if (t.dtype !== VkDataType.UInt8) this.fail(`value ${id} must be a UINT8 constant (packed weights)`);
    return t;
  }

  /** A tensor argument that must be BOOL. */
  boolTensor(id: number): PlanTensor {
    const t = this.tensor(id);
    if (t.dtype !== VkDataType.Bool) this.fail(`value ${id} must be a BOOL tensor`);
    return t;
  }

  /** A graph input (declared, written by the caller), with the call's dimensions when they differ. */
  input(id: number): PlanTensor {
    const t = this.#entry(id);
    const dims = this.#shapes?.dims.get(id);
    if (dims) {
      const numel = dims.reduce((a, b) => a * b, 1);
      if (dims.length !== t.dims.length || !(numel <= t.capacity)) {
        this.fail(`input ${id} of shape [${dims}] does not fit the graph's [${t.dims}]`);
      }
      t.dims = [...dims];
      t.numel = numel;
    }
    return t;
  }

  /** A symbolic-integer graph input: the call's value, unknown (undefined) in the plan made at init. */
  symInput(id: number): void {
    const v = this.value(id);
    if (v.kind !== VkValueKind.SymInt) this.fail(`graph input ${id} is neither a tensor nor a SymInt`);
    const known = this.#shapes?.symInts.get(id);
    if (known !== undefined) this.symInts.set(id, known);
  }

  /** Records the value of a symbolic integer computed by a node (`sym_size`). */
  setSymInt(id: number, value: number, produced: Set<number>): void {
    const v = this.value(id);
    if (v.kind !== VkValueKind.SymInt) this.fail(`value ${id} must be a SymInt`);
    if (produced.has(id)) this.fail(`value ${id} is written twice`);
    produced.add(id);
    this.symInts.set(id, value);
  }

  /**
   * A list of sizes (an IntList, or a ValueList of Int and SymInt values). A symbolic integer whose
   * value is not known (an input of the call, in the plan made at init) reads as -1, to be inferred.
   */
  sizes(id: number): number[] {
    const v = this.value(id);
    if (v.kind === VkValueKind.IntList) return this.ints(id);
    if (v.kind !== VkValueKind.ValueList) this.fail(`value ${id} must be an IntList or a ValueList`);
    return v.value.map((item) => {
      const e = this.value(item);
      if (e.kind === VkValueKind.SymInt) {
        if (!this.#produced.has(item) && !this.symInts.has(item))
          this.fail(`SymInt ${item} is read before it is written`);
        return this.symInts.get(item) ?? -1;
      }
      const n = this.int(item);
      if (Math.abs(n) > 2 ** 31) this.fail(`value ${id} holds an out-of-range integer`);
      return n;
    });
  }

  /** A tensor argument that must be float32. */
  float(id: number): PlanTensor {
    const t = this.tensor(id);
    if (t.dtype !== VkDataType.Float32) this.fail(`value ${id} must be a FLOAT32 tensor`);
    return t;
  }

  /** A tensor produced by the current node: it must not be a constant or already produced. */
  output(id: number, produced: Set<number>): PlanTensor {
    const t = this.#entry(id);
    if (t.constant !== -1 || produced.has(id)) this.fail(`value ${id} is written twice or is a constant`);
    produced.add(id);
    return t;
  }

  int(id: number): number {
    const v = this.value(id);
    if (v.kind === VkValueKind.SymInt) {
      const known = this.symInts.get(id);
      if (known === undefined) this.fail(`SymInt ${id} has no value here`);
      return known;
    }
    if (v.kind !== VkValueKind.Int) this.fail(`value ${id} must be an Int`);
    if (v.value > BigInt(Number.MAX_SAFE_INTEGER) || v.value < -BigInt(Number.MAX_SAFE_INTEGER)) {
      this.fail(`value ${id} is out of range`);
    }
    return Number(v.value);
  }

  /** An Int, saturated to ±2^53 (slice bounds such as INT64_MAX). */
  intSaturating(id: number): number {
    const v = this.value(id);
    if (v.kind !== VkValueKind.Int) this.fail(`value ${id} must be an Int`);
    const limit = BigInt(Number.MAX_SAFE_INTEGER);
    return Number(v.value > limit ? limit : v.value < -limit ? -limit : v.value);
  }

  /** An Int or a Double, as a number. */
  scalar(id: number): number {
    const v = this.value(id);
    if (v.kind === VkValueKind.Double) return v.value;
    return this.int(id);
  }

  bool(id: number): boolean {
    const v = this.value(id);
    if (v.kind !== VkValueKind.Bool) this.fail(`value ${id} must be a Bool`);
    return v.value;
  }

  ints(id: number): number[] {
    const v = this.value(id);
    if (v.kind !== VkValueKind.IntList) this.fail(`value ${id} must be an IntList`);
    return v.value.map((x) => {
      if (x > 2n ** 31n || x < -(2n ** 31n)) this.fail(`value ${id} holds an out-of-range integer`);
      return Number(x);
    });
  }

  isNull(id: number): boolean {
    const v = this.value(id);
    return v.kind === VkValueKind.Null || v.kind === VkValueKind.None;
  }

  string(id: number): string {
    const v = this.value(id);
    if (v.kind !== VkValueKind.String) this.fail(`value ${id} must be a String`);
    return v.value;
  }

  valueList(id: number): readonly number[] {
    const v = this.value(id);
    if (v.kind !== VkValueKind.ValueList) this.fail(`value ${id} must be a ValueList`);
    return v.value;
  }

  /** Elements computed at load so far (`arange`, `full_like`), bounded by {@link MAX_FILLED}. */
  #filledElements = 0;

  /** Checks, before it is computed, that a load-time fill of `count` elements stays within the budget. */
  reserveFill(count: number): void {
    this.#filledElements += count;
    if (!(count >= 0) || this.#filledElements > MAX_FILLED) {
      this.fail(`values computed at load exceed ${MAX_FILLED} elements`);
    }
  }

  /** Records a tensor filled once at init with `data` (its dims must hold exactly that many elements). */
  filled(id: number, data: Float32Array | Int32Array, produced: Set<number>): PlanTensor {
    const v = this.value(id);
    if (v.kind !== VkValueKind.Tensor) this.fail(`value ${id} is not a tensor`);
    if (this.tensors.has(id) || produced.has(id)) this.fail(`value ${id} is written twice`);
    const t = this.#addTensor(id, v, data);
    const want = data instanceof Float32Array ? VkDataType.Float32 : VkDataType.Int32;
    if (t.dtype !== want || t.numel !== data.length || t.constant !== -1) {
      this.fail(`value ${id} does not hold the ${data.length} computed elements`);
    }
    produced.add(id);
    return t;
  }

  dispatch(
    shader: ShaderName,
    bindings: readonly number[],
    params: readonly number[],
    invocations: number,
    constants: Record<string, number> = {},
  ): void {
    this.dispatches.push({
      node: this.#node,
      op: this.#op,
      shader,
      constants,
      bindings,
      params: Uint32Array.from(params, (x) => x >>> 0),
      invocations,
    });
  }

  setNode(node: number, op: string): void {
    this.#node = node;
    this.#op = op;
  }
}

export { f32bits };
