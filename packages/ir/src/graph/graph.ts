import { ErrorCode, KindlingError, type ScalarType } from '@kindling/core';
import type { ExtraTensorInfoData } from '../program-data.js';
import { TensorShapeDynamism } from '../program-data.js';

/** The type of a tensor value: element type, (upper-bound) sizes, dim order and dynamism. */
export interface TensorType {
  readonly kind: 'tensor';
  readonly dtype: ScalarType;
  /** Sizes; for dynamic tensors the upper bound the program was planned with. */
  readonly shape: readonly number[];
  /** Dim order, outermost to innermost (`[0..n-1]` is contiguous). */
  readonly dimOrder: readonly number[];
  readonly dynamism: TensorShapeDynamism;
}

/** The type of a non-tensor value that flows through the graph (inputs, symbolic sizes). */
export interface ScalarValueType {
  readonly kind: 'int' | 'float' | 'bool' | 'string' | 'none';
}

/** Type of a graph value. */
export type ValueType = TensorType | ScalarValueType;

/**
 * Where a value comes from when no node produces it.
 *
 * - `input`: a method input, set by the caller;
 * - `constant`: a constant tensor with bytes (see {@link Value.data});
 * - `external`: a constant stored outside the program (`.ptd`), found by its fully qualified name;
 * - `buffer`: mutable state, memory planned for the whole method, optionally with initial bytes;
 * - `placeholder`: a tensor without storage (e.g. the empty tensor ExecuTorch passes for `None`);
 * - `literal`: a non-tensor constant value (e.g. an output of a constant method);
 * - `alias`: a view that shares the memory of {@link Value.aliasOf} (ExecuTorch plans removed
 *   `view_copy`s this way: the view gets its base's allocation and no instruction).
 */
export type ValueSource = 'input' | 'constant' | 'external' | 'buffer' | 'placeholder' | 'literal' | 'alias';

/** A literal argument value. Integers are `bigint` because programs store 64-bit integers. */
export type Literal = null | bigint | number | boolean | string;

/**
 * One argument of a node. A `Value` reference, a literal, or a list. `int` lists may mix literals and
 * symbolic integer values (sizes produced by `aten.sym_size.int`).
 */
export type Argument =
  | { readonly kind: 'value'; readonly value: Value }
  | { readonly kind: 'none' }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'int-list'; readonly items: readonly (bigint | Value)[] }
  | { readonly kind: 'float-list'; readonly items: readonly number[] }
  | { readonly kind: 'bool-list'; readonly items: readonly boolean[] }
  | { readonly kind: 'tensor-list'; readonly items: readonly Value[] }
  | { readonly kind: 'optional-tensor-list'; readonly items: readonly (Value | null)[] };

/** Argument constructors, for building nodes by hand. */
export const arg = {
  value: (value: Value): Argument => ({ kind: 'value', value }),
  none: (): Argument => ({ kind: 'none' }),
  int: (value: bigint | number): Argument => ({ kind: 'int', value: BigInt(value) }),
  float: (value: number): Argument => ({ kind: 'float', value }),
  bool: (value: boolean): Argument => ({ kind: 'bool', value }),
  string: (value: string): Argument => ({ kind: 'string', value }),
  ints: (items: readonly (bigint | number | Value)[]): Argument => ({
    kind: 'int-list',
    items: items.map((i) => (typeof i === 'number' ? BigInt(i) : i)),
  }),
  floats: (items: readonly number[]): Argument => ({ kind: 'float-list', items }),
  bools: (items: readonly boolean[]): Argument => ({ kind: 'bool-list', items }),
  tensors: (items: readonly Value[]): Argument => ({ kind: 'tensor-list', items }),
  optionalTensors: (items: readonly (Value | null)[]): Argument => ({ kind: 'optional-tensor-list', items }),
} as const;

/** Every value an argument refers to, in order (with repeats). */
export function argumentValues(a: Argument): Value[] {
  switch (a.kind) {
    case 'value':
      return [a.value];
    case 'int-list':
      return a.items.filter((i): i is Value => typeof i !== 'bigint');
    case 'tensor-list':
      return [...a.items];
    case 'optional-tensor-list':
      return a.items.filter((i): i is Value => i !== null);
    default:
      return [];
  }
}

/** Maps every value reference of an argument through `f`. */
export function mapArgumentValues(a: Argument, f: (v: Value) => Value): Argument {
  switch (a.kind) {
    case 'value':
      return { kind: 'value', value: f(a.value) };
    case 'int-list':
      return { kind: 'int-list', items: a.items.map((i) => (typeof i === 'bigint' ? i : f(i))) };
    case 'tensor-list':
      return { kind: 'tensor-list', items: a.items.map(f) };
    case 'optional-tensor-list':
      return { kind: 'optional-tensor-list', items: a.items.map((i) => (i === null ? null : f(i))) };
    default:
      return a;
  }
}

/** A delegate a `executorch.call_delegate` node calls: what the program's delegate table stores. */
export interface DelegateInfo {
  /** Backend id, e.g. `XnnpackBackend`. */
  readonly id: string;
  /** The processed payload. */
  readonly processed: Uint8Array;
  readonly compileSpecs: readonly { readonly key: string; readonly value: Uint8Array }[];
  /** Keep the payload inline in the flatbuffer instead of a segment. */
  readonly inline?: boolean;
}

/** The op name of delegate calls. */
export const CALL_DELEGATE = 'executorch.call_delegate';

/**
 * An SSA value: a tensor or scalar produced by one node, or a graph input, constant or buffer.
 * Its name `%<id>` is stable for the graph's lifetime (imported values keep their index in the
 * program's value table). `users` is maintained by the graph.
 */
export class Value {
  /** Stable id; printed as `%id`. */
  readonly id: number;
  /** Mutable type (passes may refine it). */
  type: ValueType;
  /** Free-form metadata; survives passes (copied with the value). */
  readonly meta: Record<string, unknown> = {};
  /** @internal */
  _producer: Node | null = null;
  /** @internal */
  _source: ValueSource | null = null;
  /** @internal */
  readonly _users = new Map<Node, number>();
  /** Bytes of a constant, or the initial bytes of a buffer (`null` when it starts undefined). */
  data: Uint8Array | null = null;
  /** A literal non-tensor value (for `literal` values). */
  literal: Literal = null;
  /**
   * Whether memory planning gives this tensor a place in an arena. `false` for tensors whose
   * memory comes from elsewhere at run time (aliasing views, runtime-provided delegate I/O).
   */
  planned = true;
  /** ExecuTorch's extra tensor info (fully qualified names, external data). */
  extraTensorInfo: ExtraTensorInfoData | null = null;
  /** For `alias` values: the tensor whose memory this one shares. */
  aliasOf: Value | null = null;

  /** @internal */
  constructor(id: number, type: ValueType) {
    this.id = id;
    this.type = type;
  }

  /** `%id`. */
  get name(): string {
    return `%${this.id}`;
  }
  /** The node that produces this value, or `null` for inputs, constants, buffers. */
  get producer(): Node | null {
    return this._producer;
  }
  /** Where the value comes from when no node produces it. */
  get source(): ValueSource | null {
    return this._source;
  }
  /** Nodes that read this value, in no particular order (each once). */
  get users(): Node[] {
    return [...this._users.keys()];
  }
  /** The tensor type; throws for a non-tensor value. */
  get tensor(): TensorType {
    if (this.type.kind !== 'tensor') {
      throw new KindlingError(ErrorCode.InvalidType, `${this.name} is a ${this.type.kind}, not a tensor`);
    }
    return this.type;
  }
  /** True for tensor values. */
  get isTensor(): boolean {
    return this.type.kind === 'tensor';
  }
}

/** One operation: a namespaced op name, arguments (inputs, in schema order, outs excluded), outputs. */
export class Node {
  readonly id: number;
  /** Namespaced functional op name, e.g. `aten.add.Tensor`. */
  op: string;
  /** Free-form metadata; survives passes. */
  readonly meta: Record<string, unknown> = {};
  /** For delegate calls: the delegate. */
  delegate: DelegateInfo | null = null;
  /**
   * The program operator this node was imported from or is emitted as (`aten::add` / `out`);
   * for ops without a schema also where the outputs sit in the kernel arguments.
   */
  target: { name: string; overload: string; outPositions?: number[]; returnKind?: 'out' | 'list' } | null = null;
  /** @internal */
  _args: Argument[] = [];
  /** @internal */
  _outputs: Value[] = [];
  /** @internal */
  _graph: Graph | null;
  /** Values this node writes in place (e.g. `aten.copy_`'s `self`). They are also arguments. */
  mutates: Value[] = [];

  /** @internal */
  constructor(graph: Graph, id: number, op: string) {
    this._graph = graph;
    this.id = id;
    this.op = op;
  }

  /** Arguments; assign a new array to change them (users are updated). */
  get args(): readonly Argument[] {
    return this._args;
  }
  set args(next: readonly Argument[]) {
    this.graph._setArgs(this, [...next]);
  }
  /** Output values this node defines. */
  get outputs(): readonly Value[] {
    return this._outputs;
  }
  /** Every value read by this node (with repeats). */
  get inputs(): Value[] {
    return this._args.flatMap(argumentValues);
  }
  /** The graph this node belongs to. */
  get graph(): Graph {
    if (!this._graph) throw new KindlingError(ErrorCode.InvalidState, `node ${this.id} was removed from its graph`);
    return this._graph;
  }
}

/** Options for {@link Graph.addNode}. */
export interface AddNodeOptions {
  /** Insert before this node (default: append). */
  before?: Node;
  /** Insert after this node. */
  after?: Node;
}

/**
 * A method as a graph: values, nodes in execution order, inputs and outputs. All mutation goes
 * through the graph so that `users` stay correct.
 */
export class Graph {
  /** Method name. */
  name: string;
  /** Free-form metadata (e.g. the container metadata strings of the method). */
  readonly meta: Record<string, unknown> = {};
  private _nodes: Node[] = [];
  private readonly _values = new Map<number, Value>();
  private _inputs: Value[] = [];
  private _outputs: Value[] = [];
  private nextValueId = 0;
  private nextNodeId = 0;

  constructor(name = 'forward') {
    this.name = name;
  }

  /** Nodes in execution order (a copy). */
  get nodes(): readonly Node[] {
    return this._nodes.slice();
  }
  /** Every value, by id order. */
  get values(): Value[] {
    return [...this._values.values()].sort((a, b) => a.id - b.id);
  }
  /** Method inputs, in order. */
  get inputs(): readonly Value[] {
    return this._inputs;
  }
  set inputs(values: readonly Value[]) {
    for (const v of values) this.own(v);
    this._inputs = [...values];
  }
  /** Method outputs, in order. */
  get outputs(): readonly Value[] {
    return this._outputs;
  }
  set outputs(values: readonly Value[]) {
    for (const v of values) this.own(v);
    this._outputs = [...values];
  }

  /** The value with id `id`. */
  value(id: number): Value {
    const v = this._values.get(id);
    if (!v) throw new KindlingError(ErrorCode.NotFound, `no value %${id} in graph ${this.name}`);
    return v;
  }
  /** True when `v` belongs to this graph. */
  has(v: Value): boolean {
    return this._values.get(v.id) === v;
  }

  private own(v: Value): void {
    if (!this.has(v))
      throw new KindlingError(ErrorCode.InvalidArgument, `${v.name} does not belong to graph ${this.name}`);
  }

  /** Creates a value. `id` defaults to the next free id. */
  createValue(type: ValueType, options: { id?: number; source?: ValueSource | null } = {}): Value {
    const id = options.id ?? this.nextValueId;
    if (this._values.has(id)) throw new KindlingError(ErrorCode.InvalidArgument, `value %${id} already exists`);
    const v = new Value(id, type);
    v._source = options.source ?? null;
    this._values.set(id, v);
    this.nextValueId = Math.max(this.nextValueId, id + 1);
    return v;
  }

  /** Adds a graph input of `type`. */
  addInput(type: ValueType): Value {
    const v = this.createValue(type, { source: 'input' });
    this._inputs.push(v);
    return v;
  }

  /** Adds a view of `base` that shares its memory (same byte size, another shape). */
  addAlias(base: Value, type: TensorType): Value {
    this.own(base);
    const v = this.createValue(type, { source: 'alias' });
    v.aliasOf = base;
    return v;
  }

  /** Adds a constant tensor with its bytes. */
  addConstant(type: TensorType, data: Uint8Array): Value {
    const v = this.createValue(type, { source: 'constant' });
    v.data = data;
    return v;
  }

  /**
   * Adds a node. `outputs` are types (new values are created) or existing values without a
   * producer (they become produced by this node).
   */
  addNode(
    op: string,
    args: readonly Argument[],
    outputs: readonly (ValueType | Value)[],
    options: AddNodeOptions = {},
  ): Node {
    const node = new Node(this, this.nextNodeId++, op);
    node._outputs = outputs.map((o) => {
      const v = o instanceof Value ? o : this.createValue(o);
      if (o instanceof Value) {
        this.own(v);
        if (v._producer) throw new KindlingError(ErrorCode.InvalidArgument, `${v.name} is already produced by a node`);
        v._source = null;
      }
      v._producer = node;
      return v;
    });
    this._setArgs(node, [...args]);
    const at = options.before
      ? this.indexOf(options.before)
      : options.after
        ? this.indexOf(options.after) + 1
        : this._nodes.length;
    this._nodes.splice(at, 0, node);
    return node;
  }

  /** Position of `node` in execution order. */
  indexOf(node: Node): number {
    const i = this._nodes.indexOf(node);
    if (i < 0) throw new KindlingError(ErrorCode.NotFound, `node ${node.id} (${node.op}) is not in graph ${this.name}`);
    return i;
  }

  /** @internal */
  _setArgs(node: Node, args: Argument[]): void {
    for (const v of node.inputs) this.dropUse(v, node);
    for (const a of args) for (const v of argumentValues(a)) this.own(v);
    node._args = args;
    for (const v of node.inputs) v._users.set(node, (v._users.get(node) ?? 0) + 1);
  }

  private dropUse(v: Value, node: Node): void {
    const n = (v._users.get(node) ?? 0) - 1;
    if (n <= 0) v._users.delete(node);
    else v._users.set(node, n);
  }

  /** Replaces every use of `from` (node arguments and graph outputs) by `to`. Returns the number of uses changed. */
  replaceAllUses(from: Value, to: Value): number {
    this.own(to);
    let changed = 0;
    for (const user of from.users) {
      user.args = user.args.map((a) => mapArgumentValues(a, (v) => (v === from ? to : v)));
      user.mutates = user.mutates.map((v) => (v === from ? to : v));
      changed++;
    }
    if (this._outputs.includes(from)) {
      this._outputs = this._outputs.map((v) => (v === from ? to : v));
      changed++;
    }
    return changed;
  }

  /**
   * Removes a node. Its outputs must be unused (or `force` removes them from the graph's values
   * too only when they are unused; used outputs make this throw).
   */
  removeNode(node: Node): void {
    for (const out of node._outputs) {
      if (out._users.size > 0 || this._outputs.includes(out)) {
        throw new KindlingError(
          ErrorCode.InvalidState,
          `cannot remove node ${node.id} (${node.op}): its output ${out.name} is still used`,
        );
      }
    }
    this._setArgs(node, []);
    this._nodes.splice(this.indexOf(node), 1);
    for (const out of node._outputs) {
      out._producer = null;
      this._values.delete(out.id);
    }
    node._graph = null;
  }

  /**
   * Replaces `nodes` by one new node that reads `args` and defines `outputs` (values the removed
   * nodes defined; they keep their ids). Every other value the removed nodes defined must be unused
   * outside them; those values (and views of them) are removed. The new node takes the place of the
   * first removed node; call {@link Graph.sortTopologically} when the order needs repair.
   */
  fuseNodes(nodes: readonly Node[], op: string, args: readonly Argument[], outputs: readonly Value[]): Node {
    const set = new Set(nodes);
    if (set.size === 0) throw new KindlingError(ErrorCode.InvalidArgument, 'no nodes to fuse');
    const keep = new Set(outputs);
    for (const n of nodes) {
      if (n._graph !== this)
        throw new KindlingError(ErrorCode.InvalidArgument, `node ${n.id} is not in graph ${this.name}`);
      for (const o of n._outputs) {
        if (keep.has(o)) continue;
        const outside = o.users.filter((u) => !set.has(u));
        if (outside.length > 0 || this._outputs.includes(o)) {
          throw new KindlingError(
            ErrorCode.InvalidArgument,
            `${o.name} is used outside the fused nodes but is not an output`,
          );
        }
      }
    }
    for (const o of outputs) {
      if (!o._producer || !set.has(o._producer)) {
        throw new KindlingError(ErrorCode.InvalidArgument, `${o.name} is not defined by the fused nodes`);
      }
    }
    const first = Math.min(...nodes.map((n) => this.indexOf(n)));
    for (const n of nodes) this._setArgs(n, []);
    const dropped = new Set<Value>();
    for (const n of nodes) for (const o of n._outputs) if (!keep.has(o)) dropped.add(o);
    for (const v of [...this._values.values()]) {
      if (v.aliasOf && dropped.has(v.aliasOf)) dropped.add(v);
    }
    for (const v of dropped) {
      v._producer = null;
      this._values.delete(v.id);
    }
    for (const o of outputs) o._producer = null;
    this._nodes = this._nodes.filter((n) => !set.has(n));
    for (const n of nodes) n._graph = null;
    const before = this._nodes[first];
    return this.addNode(op, args, outputs, before ? { before } : {});
  }

  /**
   * Reorders nodes so that every node comes after the producers of what it reads, keeping the
   * current order wherever it is already valid. Throws `InvalidProgram` on a cycle.
   */
  sortTopologically(): void {
    const index = new Map(this._nodes.map((n, i) => [n, i]));
    const deps = new Map<Node, Set<Node>>();
    for (const n of this._nodes) {
      const d = new Set<Node>();
      for (const v of n.inputs) {
        let root: Value | null = v;
        while (root) {
          if (root._producer && root._producer !== n) d.add(root._producer);
          root = root.aliasOf;
        }
      }
      deps.set(n, d);
    }
    const done = new Set<Node>();
    const out: Node[] = [];
    while (out.length < this._nodes.length) {
      const next = this._nodes.find((n) => !done.has(n) && [...(deps.get(n) ?? [])].every((d) => done.has(d)));
      if (!next) throw new KindlingError(ErrorCode.InvalidProgram, `graph ${this.name} has a cycle`);
      done.add(next);
      out.push(next);
    }
    void index;
    this._nodes = out;
  }

  /** Removes a value that nothing produces or uses. */
  removeValue(v: Value): void {
    if (v._users.size > 0 || v._producer || this._outputs.includes(v) || this._inputs.includes(v)) {
      throw new KindlingError(ErrorCode.InvalidState, `cannot remove ${v.name}: it is still produced or used`);
    }
    this._values.delete(v.id);
  }
}

/** True when a tensor type has a static shape. */
export function isStatic(t: TensorType): boolean {
  return t.dynamism === TensorShapeDynamism.STATIC;
}

/** Builds a contiguous tensor type. */
export function tensorType(
  dtype: ScalarType,
  shape: readonly number[],
  dynamism: TensorShapeDynamism = TensorShapeDynamism.STATIC,
): TensorType {
  return { kind: 'tensor', dtype, shape: [...shape], dimOrder: shape.map((_, i) => i), dynamism };
}
