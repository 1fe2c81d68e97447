/**
 * Turns one partition into a VkGraph the way ExecuTorch's VkGraphBuilder writes it: constants
 * first (as named data keyed by the SHA-256 of their bytes), then the delegate inputs, then for each
 * node its arguments in functional-schema order (scalars shared by value, a fresh `Null` for each
 * absent one, dtype/layout/device arguments as `Null`) followed by its output (a `ValueList` when it
 * has several). 64-bit tensors are written as 32-bit ones, as with ExecuTorch's default
 * `downcast_64_bit`.
 */
import { ErrorCode, KindlingError, ScalarType } from '@kindling/core';
import {
  type Argument,
  defaultSchemas,
  type Node,
  type SchemaArgument,
  type SchemaRegistry,
  type Value,
} from '@kindling/ir';
import type { Partition } from '@kindling/partitioner';
import {
  type VkBytes,
  VkDataType,
  type VkGraph,
  type VkOperatorCall,
  VkStorageType,
  type VkValue,
  VkValueKind,
} from '../serialization/vk-graph.js';
import { NULL_TYPES, OP_TABLE } from './op-table.js';
import { NAMED_DATA_OFFSET } from './vk-writer.js';

/** `VkMemoryLayout.DEFAULT_LAYOUT`: the runtime chooses. */
const DEFAULT_LAYOUT = 255;

/** Options of {@link buildVkGraph}. */
export interface BuildOptions {
  /**
   * Fold a ReLU or hardtanh into the convolution before it (`et_vk.conv_with_clamp`), as ExecuTorch
   * does. Default false: the folded clamp maps NaN to a bound where ATen keeps it.
   */
  readonly foldActivations?: boolean;
}

/** The graph of a partition and the constants it refers to by key. */
export interface BuiltVkGraph {
  readonly graph: VkGraph;
  /** Constant bytes by named-data key (keys are filled in by {@link keyConstants}). */
  readonly constants: readonly { readonly value: Value; readonly bytes: Uint8Array }[];
}

function fail(message: string): never {
  throw new KindlingError(ErrorCode.Internal, `WebGPU lowering: ${message}`);
}

/** The payload element type of a graph tensor (64-bit types narrowed). */
function vkDtype(dtype: ScalarType): VkDataType {
  switch (dtype) {
    case ScalarType.Float:
    case ScalarType.Double:
      return VkDataType.Float32;
    case ScalarType.Int:
    case ScalarType.Long:
      return VkDataType.Int32;
    case ScalarType.Bool:
      return VkDataType.Bool;
    case ScalarType.Half:
      return VkDataType.Float16;
    case ScalarType.Byte:
      return VkDataType.UInt8;
    default:
      return fail(`element type ${dtype} has no payload form`);
  }
}

/** A constant's bytes in the payload's element type (int64 to int32, float64 to float32). */
function narrowedBytes(v: Value): Uint8Array {
  const data = v.data;
  if (!data) return fail(`constant ${v.name} has no bytes`);
  const dtype = v.tensor.dtype;
  if (dtype !== ScalarType.Long && dtype !== ScalarType.Double) return data.slice();
  const n = data.byteLength / 8;
  const src = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out = new Uint8Array(n * 4);
  const dst = new DataView(out.buffer);
  for (let i = 0; i < n; i++) {
    if (dtype === ScalarType.Long) dst.setInt32(i * 4, Number(src.getBigInt64(i * 8, true)), true);
    else dst.setFloat32(i * 4, src.getFloat64(i * 8, true), true);
  }
  return out;
}

class GraphBuilder {
  readonly values: VkValue[] = [];
  readonly chain: VkOperatorCall[] = [];
  readonly ids = new Map<Value, number>();
  readonly constants: { value: Value; bytes: Uint8Array }[] = [];
  readonly #scalars = new Map<string, number>();

  add(v: VkValue): number {
    this.values.push(v);
    return this.values.length - 1;
  }

  tensor(v: Value, constantId = -1): number {
    const t = v.tensor;
    const dtype = vkDtype(t.dtype);
    const id = this.add({
      kind: VkValueKind.Tensor,
      dtype,
      dims: [...t.shape],
      constantId,
      memObjId: -1,
      storageType: VkStorageType.Default,
      memoryLayout: DEFAULT_LAYOUT,
      stagingDtype: dtype,
    });
    this.ids.set(v, id);
    return id;
  }

  constant(v: Value): number {
    const bytes = narrowedBytes(v);
    this.constants.push({ value: v, bytes });
    return this.tensor(v, this.constants.length - 1);
  }

  /** A symbolic integer the delegate call passes (its value is known per call). */
  symInt(v: Value): number {
    const id = this.add({ kind: VkValueKind.SymInt, value: 0 });
    this.ids.set(v, id);
    return id;
  }

  /** A scalar, shared with every earlier scalar of the same value (ints and floats compare by value). */
  scalar(kind: 'int' | 'float' | 'bool', value: bigint | number | boolean): number {
    const key = kind === 'bool' ? `b:${value}` : `n:${Number(value)}`;
    const known = this.#scalars.get(key);
    if (known !== undefined) return known;
    const id =
      kind === 'bool'
        ? this.add({ kind: VkValueKind.Bool, value: value as boolean })
        : kind === 'int'
          ? this.add({ kind: VkValueKind.Int, value: value as bigint })
          : this.add({ kind: VkValueKind.Double, value: value as number });
    this.#scalars.set(key, id);
    return id;
  }

  /**
   * A value that shares its base's memory in the graph IR (a view ExecuTorch's memory planning
   * removed): the payload gets an explicit view copy of the base.
   */
  view(v: Value, base: number): number {
    const size = this.add({ kind: VkValueKind.IntList, value: v.tensor.shape.map(BigInt) });
    const out = this.tensor(v);
    this.chain.push({ nodeId: this.chain.length, name: 'aten.view_copy.default', args: [base, size, out] });
    return out;
  }

  null(): number {
    return this.add({ kind: VkValueKind.Null });
  }

  read(v: Value): number {
    const id = this.ids.get(v);
    if (id === undefined) {
      if (v.source === 'constant') return this.constant(v);
      if (v.source === 'alias' && v.aliasOf) return this.view(v, this.read(v.aliasOf));
      return fail(`${v.name} (${v.source}, made by ${v.producer?.op}) is read before it is defined`);
    }
    return id;
  }

  argument(a: Argument | undefined): number {
    if (!a) return this.null();
    switch (a.kind) {
      case 'value':
        return this.read(a.value);
      case 'none':
        return this.null();
      case 'int':
        return this.scalar('int', a.value);
      case 'float':
        return this.scalar('float', a.value);
      case 'bool':
        return this.scalar('bool', a.value);
      case 'string':
        return this.add({ kind: VkValueKind.String, value: a.value });
      case 'int-list': {
        if (a.items.every((i) => typeof i === 'bigint')) {
          return this.add({ kind: VkValueKind.IntList, value: a.items as bigint[] });
        }
        // sizes with symbolic integers: a list of Int and SymInt values
        const items = a.items.map((i) => (typeof i === 'bigint' ? this.scalar('int', i) : this.read(i)));
        return this.add({ kind: VkValueKind.ValueList, value: items });
      }
      case 'float-list':
        return this.add({ kind: VkValueKind.DoubleList, value: [...a.items] });
      case 'bool-list':
        return this.add({ kind: VkValueKind.BoolList, value: [...a.items] });
      case 'tensor-list': {
        const items = a.items.map((v) => this.read(v));
        return this.add({ kind: VkValueKind.ValueList, value: items });
      }
      case 'optional-tensor-list': {
        const items = a.items.map((v) => (v === null ? this.null() : this.read(v)));
        return this.add({ kind: VkValueKind.ValueList, value: items });
      }
    }
  }
}

/** A default written in a schema, as a graph argument. */
function defaultArgument(s: SchemaArgument): Argument | undefined {
  const d = s.default;
  if (d === undefined || d === 'None') return { kind: 'none' };
  if (d === 'True' || d === 'False') return { kind: 'bool', value: d === 'True' };
  if (/^["'].*["']$/.test(d)) return { kind: 'string', value: d.slice(1, -1) };
  if (d === '[]') return { kind: 'int-list', items: [] };
  if (s.list && /^-?\d+$/.test(d)) {
    return { kind: 'int-list', items: new Array<bigint>(s.listSize ?? 1).fill(BigInt(d)) };
  }
  if (/^-?\d+$/.test(d) && s.type !== 'float') return { kind: 'int', value: BigInt(d) };
  if (!Number.isNaN(Number(d))) return { kind: 'float', value: Number(d) };
  return undefined;
}

/** The node's arguments in the payload operator's functional order. */
function functionalArguments(node: Node, functional: readonly SchemaArgument[], schemas: SchemaRegistry) {
  const own = schemas.get(node.op)?.inputs;
  return functional.map((s, i): Argument | 'null' => {
    if (NULL_TYPES.has(s.type)) return 'null';
    // torch.export writes `pin_memory=False` into the factory ops ExecuTorch serializes
    if (s.name === 'pin_memory') return { kind: 'bool', value: false };
    if (own) {
      const at = own.findIndex((o) => o.name === s.name);
      if (at >= 0) return node.args[at] ?? defaultArgument(s) ?? { kind: 'none' };
      return defaultArgument(s) ?? { kind: 'none' };
    }
    return node.args[i] ?? defaultArgument(s) ?? { kind: 'none' };
  });
}

/** The largest float64, ExecuTorch's upper bound for a ReLU folded into a convolution. */
const DOUBLE_MAX = 1.7976931348623157e308;

/** Rewrites ExecuTorch's Vulkan preprocessing applies, found before the graph is written. */
interface Fusions {
  /** Nodes another node's operator call absorbs. */
  readonly skip: Set<Node>;
  /** `addmm(bias, x, permute(W))` / `mm(x, permute(W))` of a constant W: written as `linear(x, W, bias)`. */
  readonly linear: Map<Node, { x: Value; weight: Value; bias: Value | null }>;
  /**
   * With `foldActivations`, a convolution whose only reader is a ReLU or hardtanh: written as
   * `et_vk.conv_with_clamp` (ExecuTorch's FuseClampPass). Off by default: the clamp of the fused
   * form turns a NaN into a bound, where ATen's ReLU keeps it.
   */
  readonly clamp: Map<Node, { activation: Node; lo: Argument; hi: Argument }>;
}

const isOne = (a: Argument | undefined): boolean =>
  !a || a.kind === 'none' || (a.kind === 'int' && a.value === 1n) || (a.kind === 'float' && a.value === 1);

function planFusions(partition: Partition, foldActivations: boolean): Fusions {
  const inside = new Set(partition.nodes);
  const exported = new Set(partition.outputs);
  const viewed = new Set(partition.graph.values.flatMap((v) => (v.aliasOf ? [v.aliasOf] : [])));
  const onlyReader = (v: Value, reader: Node) =>
    v.users.length === 1 && v.users[0] === reader && !exported.has(v) && !viewed.has(v);
  const f: Fusions = { skip: new Set(), linear: new Map(), clamp: new Map() };
  const valueAt = (n: Node, i: number): Value | null => {
    const a = n.args[i];
    return a?.kind === 'value' && a.value.type.kind === 'tensor' ? a.value : null;
  };
  for (const n of partition.nodes) {
    if (n.op === 'aten.addmm.default' || n.op === 'aten.mm.default') {
      const addmm = n.op === 'aten.addmm.default';
      const x = valueAt(n, addmm ? 1 : 0);
      const m2 = valueAt(n, addmm ? 2 : 1);
      const p = m2?.producer;
      const perm = p?.args[1];
      const w = p ? valueAt(p, 0) : null;
      const bias = addmm ? valueAt(n, 0) : null;
      const outFeatures = m2?.tensor.shape[1];
      if (
        x &&
        m2 &&
        p &&
        w &&
        inside.has(p) &&
        p.op === 'aten.permute_copy.default' &&
        perm?.kind === 'int-list' &&
        perm.items.length === 2 &&
        perm.items[0] === 1n &&
        perm.items[1] === 0n &&
        w.source === 'constant' &&
        onlyReader(m2, n) &&
        (!addmm ||
          (bias?.tensor.shape.length === 1 &&
            bias.tensor.shape[0] === outFeatures &&
            isOne(n.args[3]) &&
            isOne(n.args[4])))
      ) {
        f.linear.set(n, { x, weight: w, bias });
        f.skip.add(p);
      }
    }
    if (foldActivations && (n.op === 'aten.relu.default' || n.op === 'aten.hardtanh.default')) {
      const x = valueAt(n, 0);
      const c = x?.producer;
      if (x && c && inside.has(c) && c.op === 'aten.convolution.default' && onlyReader(x, n)) {
        const relu = n.op === 'aten.relu.default';
        const lo: Argument = relu ? { kind: 'float', value: 0 } : (n.args[1] ?? { kind: 'float', value: -1 });
        const hi: Argument = relu ? { kind: 'float', value: DOUBLE_MAX } : (n.args[2] ?? { kind: 'float', value: 1 });
        f.clamp.set(c, { activation: n, lo, hi });
        f.skip.add(n);
      }
    }
  }
  return f;
}

/** Builds the VkGraph of `partition` (constants still without keys: see {@link keyConstants}). */
export function buildVkGraph(
  partition: Partition,
  options: BuildOptions = {},
  schemas: SchemaRegistry = defaultSchemas,
): BuiltVkGraph {
  const b = new GraphBuilder();
  const inside = new Set(partition.nodes);
  // constants the nodes read, in order of first use (the lifted parameters come first in ExecuTorch)
  for (const node of partition.nodes) {
    for (const v of node.inputs) {
      if (v.source === 'constant' && !b.ids.has(v) && !partition.inputs.includes(v)) b.constant(v);
    }
  }
  const inputIds = partition.inputs.map((v) => {
    if (v.type.kind === 'int') return b.symInt(v);
    if (v.type.kind !== 'tensor') return fail(`delegate input ${v.name} is not a tensor or an integer`);
    return b.tensor(v);
  });
  const fusions = planFusions(partition, options.foldActivations ?? false);
  for (const node of partition.nodes) {
    if (fusions.skip.has(node)) continue;
    const e = OP_TABLE[node.op];
    if (!e) return fail(`no payload form for ${node.op}`);
    const linear = fusions.linear.get(node);
    if (linear) {
      const args = [b.read(linear.x), b.read(linear.weight), linear.bias ? b.read(linear.bias) : b.null()];
      args.push(b.tensor(node.outputs[0] as Value));
      b.chain.push({ nodeId: b.chain.length, name: 'aten.linear.default', args });
      continue;
    }
    const args = functionalArguments(node, e.args, schemas).map((a) => (a === 'null' ? b.null() : b.argument(a)));
    const clamp = fusions.clamp.get(node);
    if (clamp) {
      args.push(b.argument(clamp.lo), b.argument(clamp.hi), b.tensor(clamp.activation.outputs[0] as Value));
      b.chain.push({ nodeId: b.chain.length, name: 'et_vk.conv_with_clamp.default', args });
      continue;
    }
    if (node.outputs.length === 1) {
      args.push(b.tensor(node.outputs[0] as Value));
    } else {
      const items = node.outputs.map((o) => b.tensor(o));
      args.push(b.add({ kind: VkValueKind.ValueList, value: items }));
    }
    b.chain.push({ nodeId: b.chain.length, name: e.name, args });
  }
  const outputIds = partition.outputs.map((o) => {
    const id = b.ids.get(o);
    if (id === undefined || !(o.producer && inside.has(o.producer)))
      return fail(`delegate output ${o.name} is not computed here`);
    return id;
  });
  const constants: VkBytes[] = b.constants.map((c) => ({
    offset: NAMED_DATA_OFFSET,
    length: BigInt(c.bytes.byteLength),
    namedKey: '',
  }));
  return {
    graph: { version: '0', chain: b.chain, values: b.values, inputIds, outputIds, constants, shaders: [] },
    constants: b.constants,
  };
}

/** Hex SHA-256 of `bytes` (Web Crypto: Node 20+, browsers, workers). */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) fail('Web Crypto (crypto.subtle) is not available to key the constants');
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const x of digest) hex += x.toString(16).padStart(2, '0');
  return hex;
}

/** Keys each constant by the SHA-256 of its bytes; returns the graph with keys and the named data. */
export async function keyConstants(
  built: BuiltVkGraph,
): Promise<{ graph: VkGraph; namedData: { key: string; bytes: Uint8Array }[] }> {
  const namedData = new Map<string, Uint8Array>();
  const constants: VkBytes[] = [];
  for (const c of built.constants) {
    const key = await sha256Hex(c.bytes);
    namedData.set(key, c.bytes);
    constants.push({ offset: NAMED_DATA_OFFSET, length: BigInt(c.bytes.byteLength), namedKey: key });
  }
  return {
    graph: { ...built.graph, constants },
    namedData: [...namedData].map(([key, bytes]) => ({ key, bytes })),
  };
}
