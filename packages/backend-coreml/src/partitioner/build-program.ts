/**
 * Turns one partition into an ML Program the way coremltools writes what ExecuTorch's Core ML
 * lowering converts: one function `main`, each parameter of an operation a `const` operation of its
 * own (named `<op>_<param>_<n>`), every operation named by an attribute `name`, weights of ten or more
 * elements in the weight file and smaller values written in the program. An fp16 program takes and
 * returns fp32 tensors: it casts each input to fp16 and each output back to fp32, as coremltools
 * does for `compute_precision=FLOAT16`.
 */
import { floatToHalf } from '@kindling/backend-utils';
import { ErrorCode, KindlingError, ScalarType } from '@kindling/core';
import type { Argument, Node, Value } from '@kindling/ir';
import type { Partition } from '@kindling/partitioner';
import { ArrayDataType, DataType } from '../generated/coreml-proto.js';
import { BlobDataType, type WeightBlob } from '../serialization/weight-blob.js';
import { FOLDABLE_OPERATORS, foldedInts } from './fold.js';
import { EXTRA_OPS } from './ops/index.js';

/** Compute precision of the program (`model_compute_precision`). */
export type CoreMLPrecision = 'float16' | 'float32';

/** The deployment targets the lowering writes for: spec version and MIL opset of each. */
export const DEPLOYMENT_TARGETS = {
  iOS15: { specificationVersion: 6, opset: 'CoreML5', value: 6 },
  iOS16: { specificationVersion: 7, opset: 'CoreML6', value: 7 },
  iOS17: { specificationVersion: 8, opset: 'CoreML7', value: 8 },
  iOS18: { specificationVersion: 9, opset: 'CoreML8', value: 9 },
} as const;

export type CoreMLDeploymentTarget = keyof typeof DEPLOYMENT_TARGETS;

/** Where the package's weight file is, as an ML Program names it. */
const WEIGHT_FILE = '@model_path/weights/weight.bin';

/** Values with at least this many elements go to the weight file (coremltools' threshold). */
const BLOB_THRESHOLD = 10;

/** A built ML Program: the `Model` message (as plain objects for the encoder) and its weights. */
export interface BuiltProgram {
  readonly model: Record<string, unknown>;
  /** Blobs of the weight file, in order (`blobFileValue.offset`s assume `writeWeightFile`'s layout). */
  readonly weights: readonly WeightBlob[];
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  /**
   * Debug handle of each operation, in program order: the 1-based position in the partition of the
   * graph node it was written for (as the XNNPACK lowering numbers its nodes); the casts at the
   * program's edges and their `const`s take the handle of the node they serve. Written to the
   * payload as ExecuTorch's `debug_info.json` and `executorch_debug_handle_mapping.json`.
   */
  readonly debugHandles: readonly DebugHandleEntry[];
}

/** One operation of a built program and the debug handle of the graph node it belongs to. */
export interface DebugHandleEntry {
  readonly operator: string;
  readonly output: string;
  readonly handle: number;
}

export function fail(message: string): never {
  throw new KindlingError(ErrorCode.Internal, `Core ML lowering: ${message}`);
}

export type MilType = 'fp16' | 'fp32' | 'int32' | 'bool' | 'string';

const DATA_TYPE: Record<MilType, number> = {
  fp16: DataType.FLOAT16,
  fp32: DataType.FLOAT32,
  int32: DataType.INT32,
  bool: DataType.BOOL,
  string: DataType.STRING,
};

function tensorType(dtype: MilType, shape: readonly number[]): Record<string, unknown> {
  return {
    tensorType: {
      dataType: DATA_TYPE[dtype],
      rank: shape.length,
      dimensions: shape.map((size) => ({ constant: { size } })),
    },
  };
}

const stringValue = (s: string): Record<string, unknown> => ({
  type: tensorType('string', []),
  immediateValue: { tensor: { strings: { values: [s] } } },
});

/** A constant's values, before they are written in the program or the weight file. */
export type ConstData =
  | { readonly dtype: 'fp16' | 'fp32'; readonly values: ArrayLike<number> }
  | { readonly dtype: 'int32'; readonly values: readonly number[] }
  | { readonly dtype: 'bool'; readonly values: readonly boolean[] }
  | { readonly dtype: 'string'; readonly values: readonly string[] };

/** The largest int32. */
const INT32_MAX = 2 ** 31 - 1;

/**
 * The values of a graph constant as a MIL constant of type `dtype`: float32 data in the compute
 * precision, int64 and int32 data as int32 (values outside int32 are refused by the support rules),
 * bool data as bool; a constant of another type converted exactly (an int or bool constant read as
 * float, a float or int one as bool).
 */
export function constantValues(v: Value, dtype: MilType): ConstData {
  const data = v.data;
  if (!data) return fail(`constant ${v.name} has no bytes`);
  const bytes = data.slice();
  let values: number[];
  switch (v.tensor.dtype) {
    case ScalarType.Float:
      values = Array.from(new Float32Array(bytes.buffer));
      break;
    case ScalarType.Long:
      values = Array.from(new BigInt64Array(bytes.buffer), (x) => {
        if (x > BigInt(INT32_MAX) || x < BigInt(-INT32_MAX - 1)) fail(`constant ${v.name} holds ${x}, outside int32`);
        return Number(x);
      });
      break;
    case ScalarType.Int:
      values = Array.from(new Int32Array(bytes.buffer));
      break;
    case ScalarType.Bool:
      values = Array.from(bytes, (x) => (x !== 0 ? 1 : 0));
      break;
    default:
      return fail(`constant ${v.name} has a dtype Core ML programs do not hold`);
  }
  switch (dtype) {
    case 'fp16':
    case 'fp32':
      return { dtype, values };
    case 'int32':
      if (values.some((x) => !Number.isInteger(x))) fail(`constant ${v.name} is not integral`);
      return { dtype, values };
    case 'bool':
      return { dtype, values: values.map((x) => x !== 0) };
    default:
      return fail(`constant ${v.name} cannot be a ${dtype} constant`);
  }
}

export class ProgramBuilder {
  readonly operations: Record<string, unknown>[] = [];
  readonly weights: WeightBlob[] = [];
  /** Graph value -> MIL value name (in the compute precision). */
  readonly names = new Map<Value, string>();
  readonly #used = new Map<string, number>();
  /** Where the next blob's record will start in the weight file (64-byte header, 64-byte records, aligned data). */
  #nextOffset = 64;

  /**
   * Transposes of constant `[out, in]` weights read only as the right operand of `mm`/`addmm` in
   * this partition: written as MIL `linear` with the untransposed weight, as coremltools writes
   * `aten.linear` (the transpose itself is not written). Output of the transpose -> the weight.
   */
  linearWeights = new Map<Value, Value>();
  /** Debug handle of the node being written (`null`: the program's edges); one entry per operation. */
  handle: number | null = null;
  readonly handles: (number | null)[] = [];

  constructor(readonly compute: 'fp16' | 'fp32') {}

  /** A fresh value name from `base` (a valid MIL identifier). */
  fresh(base: string): string {
    const clean = base.replace(/[^A-Za-z0-9_]/g, '_').replace(/^([0-9])/, '_$1');
    const n = this.#used.get(clean) ?? 0;
    this.#used.set(clean, n + 1);
    return n === 0 ? clean : `${clean}_${n}`;
  }

  /** A `const` operation; returns its name. */
  constant(base: string, shape: readonly number[], data: ConstData): string {
    const name = this.fresh(base);
    const numel = shape.reduce((a, b) => a * b, 1);
    if (data.values.length !== numel) fail(`const ${name} has ${data.values.length} values for shape [${shape}]`);
    let val: Record<string, unknown>;
    const type = tensorType(data.dtype, shape);
    if ((data.dtype === 'fp16' || data.dtype === 'fp32') && numel >= BLOB_THRESHOLD) {
      const bytes =
        data.dtype === 'fp32'
          ? new Uint8Array(Float32Array.from(data.values).buffer)
          : new Uint8Array(Uint16Array.from(Array.from(data.values, floatToHalf)).buffer);
      this.weights.push({ dtype: data.dtype === 'fp32' ? BlobDataType.Float32 : BlobDataType.Float16, data: bytes });
      // the same layout as writeWeightFile: blobs in order, each a record and its data padded to 64 bytes
      val = { type, blobFileValue: { fileName: WEIGHT_FILE, offset: this.#nextOffset } };
      this.#nextOffset += 64 + Math.ceil(bytes.byteLength / 64) * 64;
    } else {
      let tensor: Record<string, unknown>;
      switch (data.dtype) {
        case 'fp32':
          tensor = { floats: { values: Array.from(data.values) } };
          break;
        case 'fp16':
          // coremltools writes fp16 immediates as their raw little-endian bytes
          tensor = { bytes: { values: new Uint8Array(Uint16Array.from(Array.from(data.values, floatToHalf)).buffer) } };
          break;
        case 'int32':
          tensor = { ints: { values: data.values } };
          break;
        case 'bool':
          tensor = { bools: { values: data.values } };
          break;
        case 'string':
          tensor = { strings: { values: data.values } };
          break;
      }
      val = { type, immediateValue: { tensor } };
    }
    this.handles.push(this.handle);
    this.operations.push({
      type: 'const',
      outputs: [{ name, type }],
      attributes: new Map([
        ['name', stringValue(name)],
        ['val', val],
      ]),
    });
    return name;
  }

  /** An operation with named arguments (value names); returns the name of its single output. */
  op(
    type: string,
    inputs: Readonly<Record<string, string | readonly string[]>>,
    out: { name: string; dtype: MilType; shape: readonly number[] },
    opName = out.name,
  ): string {
    this.handles.push(this.handle);
    this.operations.push({
      type,
      inputs: new Map(
        Object.entries(inputs).map(([k, v]) => [
          k,
          { arguments: (typeof v === 'string' ? [v] : v).map((name) => ({ name })) },
        ]),
      ),
      outputs: [{ name: out.name, type: tensorType(out.dtype, out.shape) }],
      attributes: new Map([['name', stringValue(opName)]]),
    });
    return out.name;
  }

  /** An operation with several outputs (`topk`); returns their names. */
  ops(
    type: string,
    inputs: Readonly<Record<string, string>>,
    outs: readonly { name: string; dtype: MilType; shape: readonly number[] }[],
    opName: string,
  ): string[] {
    this.handles.push(this.handle);
    this.operations.push({
      type,
      inputs: new Map(Object.entries(inputs).map(([k, v]) => [k, { arguments: [{ name: v }] }])),
      outputs: outs.map((o) => ({ name: o.name, type: tensorType(o.dtype, o.shape) })),
      attributes: new Map([['name', stringValue(opName)]]),
    });
    return outs.map((o) => o.name);
  }

  /** The MIL name of graph value `v`: defined before, a graph constant, or a view of a value defined here. */
  read(v: Value): string {
    const known = this.names.get(v);
    if (known) return known;
    if (v.source === 'constant') {
      const name = this.constant(`const_${v.id}`, v.tensor.shape, constantValues(v, this.typeOf(v)));
      this.names.set(v, name);
      return name;
    }
    if (v.source === 'alias' && v.aliasOf) {
      const base = this.read(v.aliasOf);
      const shape = this.constant(`view_${v.id}_shape`, [v.tensor.shape.length], {
        dtype: 'int32',
        values: [...v.tensor.shape],
      });
      const name = this.op('reshape', { x: base, shape }, this.result(v, `view_${v.id}`));
      this.names.set(v, name);
      return name;
    }
    return fail(`${v.name} is read before it is defined`);
  }

  /** The MIL type of graph value `v` inside the program: the compute precision, int32 or bool. */
  typeOf(v: Value): MilType {
    switch (v.tensor.dtype) {
      case ScalarType.Float:
        return this.compute;
      case ScalarType.Long:
      case ScalarType.Int:
        return 'int32';
      case ScalarType.Bool:
        return 'bool';
      default:
        return fail(`${v.name} has a dtype Core ML programs do not hold`);
    }
  }

  /** A fresh output named from `base` with the type and shape of graph value `v`. */
  result(v: Value, base: string): { name: string; dtype: MilType; shape: readonly number[] } {
    return { name: this.fresh(base), dtype: this.typeOf(v), shape: v.tensor.shape };
  }

  ints(base: string, values: readonly number[]): string {
    return this.constant(base, [values.length], { dtype: 'int32', values });
  }

  int(base: string, value: number): string {
    return this.constant(base, [], { dtype: 'int32', values: [value] });
  }

  bool(base: string, value: boolean): string {
    return this.constant(base, [], { dtype: 'bool', values: [value] });
  }

  string(base: string, value: string): string {
    return this.constant(base, [], { dtype: 'string', values: [value] });
  }
}

export const tensorArg = (node: Node, i: number): Value => {
  const a = node.args[i];
  if (a?.kind !== 'value') return fail(`${node.op}: argument ${i} is not a tensor`);
  return a.value;
};

export const intList = (a: Argument | undefined): number[] | null =>
  a?.kind === 'int-list' && a.items.every((x) => typeof x === 'bigint') ? a.items.map((x) => Number(x)) : null;

/** Normalises a possibly negative dimension of a rank-`rank` tensor. */
export const dim = (d: number, rank: number): number => (d < 0 ? d + rank : d);

const BINARY: Readonly<Record<string, string>> = {
  'aten.add.Tensor': 'add',
  'aten.sub.Tensor': 'sub',
  'aten.mul.Tensor': 'mul',
  'aten.div.Tensor': 'real_div',
};

const UNARY: Readonly<Record<string, string>> = {
  'aten.relu.default': 'relu',
  'aten.sigmoid.default': 'sigmoid',
  'aten.tanh.default': 'tanh',
  'aten.abs.default': 'abs',
  'aten.exp.default': 'exp',
  'aten.sqrt.default': 'sqrt',
  // rsqrt's optional epsilon is left to its default, as coremltools' torch frontend does
  'aten.rsqrt.default': 'rsqrt',
  'aten.sin.default': 'sin',
  'aten.cos.default': 'cos',
};

const REDUCTION: Readonly<Record<string, string>> = {
  'aten.mean.dim': 'reduce_mean',
  'aten.sum.dim_IntList': 'reduce_sum',
  'aten.amax.default': 'reduce_max',
};

export const numberArg = (a: Argument | undefined): number | null =>
  a?.kind === 'int' ? Number(a.value) : a?.kind === 'float' ? a.value : null;

/** Kernel, strides and padding of a 2-D pooling (empty strides mean the kernel), or `null`. */
export function poolParams(node: Node): { kernel: number[]; strides: number[]; padding: number[] } | null {
  const kernel = intList(node.args[1]);
  let strides = intList(node.args[2]);
  if (strides?.length === 0) strides = kernel;
  const padding = node.args[3] === undefined ? [0, 0] : intList(node.args[3]);
  if (kernel?.length !== 2 || strides?.length !== 2 || padding?.length !== 2) return null;
  return { kernel, strides, padding };
}

/** The largest finite float32. */
const FLT_MAX = 3.4028234663852886e38;

/**
 * The `[min, max]` of a clamp (both given as numbers) or a hardtanh (defaults -1 and 1), or `null`
 * when a bound is missing or not a literal.
 */
export function clipBounds(node: Node): [number, number] | null {
  const hard = node.op === 'aten.hardtanh.default';
  // a clamp without one bound is bounded there by the float32 range, as coremltools' frontend writes it
  const bound = (i: number, missing: number): number | null => {
    const a = node.args[i];
    if (a === undefined) return hard ? missing : FLT_MAX * Math.sign(missing);
    return a.kind === 'none' && !hard ? FLT_MAX * Math.sign(missing) : numberArg(a);
  };
  const lo = bound(1, -1);
  const hi = bound(2, 1);
  return lo === null || hi === null ? null : [lo, hi];
}

/** MIL `matmul` of the node's arguments `first` and `first + 1` (no transposes). */
function emitMatmul(b: ProgramBuilder, node: Node, first: number, out: Value, base: string, outBase: string): string {
  const x = b.read(tensorArg(node, first));
  const y = b.read(tensorArg(node, first + 1));
  const tx = b.bool(`${base}_transpose_x_0`, false);
  const ty = b.bool(`${base}_transpose_y_0`, false);
  return b.op('matmul', { x, y, transpose_x: tx, transpose_y: ty }, b.result(out, outBase));
}

/** `addmm` of two tensors (beta = alpha = 1, checked by the support rules): bias + x @ y. */
function emitAddmm(b: ProgramBuilder, node: Node, out: Value, base: string): string {
  const bias = b.read(tensorArg(node, 0));
  const product = emitMatmul(b, node, 1, out, base, `${base}_mm`);
  return b.op('add', { x: product, y: bias }, b.result(out, base));
}

const isConstantValue = (v: Value): boolean =>
  v.source === 'constant' || (v.source === 'alias' && v.aliasOf !== null && isConstantValue(v.aliasOf));

/**
 * The weight transposes of `partition` that become part of a MIL `linear`: `permute_copy(W, [1, 0])`
 * of a constant 2-D `W` whose result only `mm`/`addmm` nodes of the partition read, as their right
 * operand (never a partition output). What ExecuTorch's edge programs keep as `aten.linear`, our
 * portable programs hold as this transpose and a matrix product.
 */
function findLinearWeights(partition: Partition): Map<Value, Value> {
  const inside = new Set(partition.nodes);
  const outputs = new Set(partition.outputs);
  // a constant other partitions share is an input of this one: not a const inside the program
  const inputs = new Set(partition.inputs);
  const found = new Map<Value, Value>();
  for (const node of partition.nodes) {
    if (node.op !== 'aten.permute_copy.default') continue;
    const w = node.args[0];
    const out = node.outputs[0];
    const perm = intList(node.args[1]);
    if (w?.kind !== 'value' || !out || !isConstantValue(w.value) || inputs.has(w.value)) continue;
    if (w.value.tensor.shape.length !== 2) continue;
    if (!perm || perm.length !== 2 || perm[0] !== 1 || perm[1] !== 0 || outputs.has(out)) continue;
    const users = out.users;
    const asRight = (u: Node): boolean => {
      if (!inside.has(u)) return false;
      const i = u.op === 'aten.mm.default' ? 1 : u.op === 'aten.addmm.default' ? 2 : -1;
      const a = u.args[i];
      // MIL linear takes a constant bias only
      const bias = u.op === 'aten.addmm.default' ? u.args[0] : undefined;
      if (bias && (bias.kind !== 'value' || !isConstantValue(bias.value) || inputs.has(bias.value))) return false;
      // read once, as the right operand only
      return (
        i >= 0 &&
        a?.kind === 'value' &&
        a.value === out &&
        u.args.filter((x) => x.kind === 'value' && x.value === out).length === 1
      );
    };
    if (users.length > 0 && users.every(asRight)) found.set(out, w.value);
  }
  return found;
}

/**
 * `tile(x, reps)` of graph value `x`, its shape first given leading dimensions of size 1 (an
 * `expand_dims`) when `reps` has more entries than `x` dimensions, as coremltools writes an expand
 * or a repeat.
 */
export function emitTile(b: ProgramBuilder, x: Value, reps: readonly number[], out: Value, base: string): string {
  const shape = x.tensor.shape;
  const pad = reps.length - shape.length;
  let xs = b.read(x);
  if (pad > 0) {
    const axes = b.ints(
      `${base}_expand_dims_axes_0`,
      Array.from({ length: pad }, (_, i) => i),
    );
    const padded = [...new Array<number>(pad).fill(1), ...shape];
    xs = b.op(
      'expand_dims',
      { axes, x: xs },
      { name: b.fresh(`${base}_expand_dims`), dtype: b.typeOf(x), shape: padded },
    );
  }
  return b.op('tile', { reps: b.ints(`${base}_reps_0`, reps), x: xs }, b.result(out, base));
}

/** Emits the MIL operations of one graph node. */
function emitNode(b: ProgramBuilder, node: Node): void {
  const out = node.outputs[0] as Value;
  const base = node.op.replace(/\./g, '_');
  // integers computed from constants only (taken by the support rules as such): one const
  const folded = FOLDABLE_OPERATORS.has(node.op) && node.outputs.length === 1 ? foldedInts(out) : null;
  if (folded) {
    b.names.set(out, b.constant(`${base}_folded`, folded.shape, { dtype: 'int32', values: folded.values.map(Number) }));
    return;
  }
  const res = () => b.result(out, base);
  let name: string;
  const binary = BINARY[node.op];
  const unary = UNARY[node.op];
  const reduction = REDUCTION[node.op];
  if (binary) {
    name = b.op(binary, { x: b.read(tensorArg(node, 0)), y: b.read(tensorArg(node, 1)) }, res());
  } else if (unary) {
    name = b.op(unary, { x: b.read(tensorArg(node, 0)) }, res());
  } else if (reduction) {
    const x = tensorArg(node, 0);
    const rank = x.tensor.shape.length;
    const axes = (intList(node.args[1]) ?? fail(`${node.op} without dims`)).map((d) => dim(d, rank));
    const keep = node.args[2]?.kind === 'bool' && node.args[2].value;
    let xs = b.read(x);
    if (b.typeOf(x) !== b.typeOf(out)) {
      // a float mean or sum of an int tensor (the support rules allow no other): the values cast first
      const type = b.typeOf(out);
      const cast = { name: b.fresh(`${base}_cast`), dtype: type, shape: x.tensor.shape };
      xs = b.op('cast', { dtype: b.string(`${base}_cast_dtype_0`, type), x: xs }, cast);
    }
    const inputs = { axes: b.ints(`${base}_axes_0`, axes), keep_dims: b.bool(`${base}_keep_dims_0`, keep), x: xs };
    name = b.op(reduction, inputs, res());
  } else {
    switch (node.op) {
      case 'aten.clamp.default':
      case 'aten.hardtanh.default': {
        const [lo, hi] = clipBounds(node) ?? fail(`${node.op} without literal bounds`);
        const xs = b.read(tensorArg(node, 0));
        const alpha = b.constant(`${base}_alpha_0`, [], { dtype: b.compute, values: [lo] });
        const beta = b.constant(`${base}_beta_0`, [], { dtype: b.compute, values: [hi] });
        name = b.op('clip', { alpha, beta, x: xs }, res());
        break;
      }
      case 'aten.native_layer_norm.default': {
        // the mean and rstd outputs are unread (checked by the support rules)
        const x = tensorArg(node, 0);
        const n = (intList(node.args[1]) ?? fail('layer norm without a normalized shape')).length;
        const inputs: Record<string, string> = {
          axes: b.ints(
            `${base}_axes_0`,
            Array.from({ length: n }, (_, i) => i - n),
          ),
        };
        const w = node.args[2];
        const bias = node.args[3];
        if (bias?.kind === 'value') inputs.beta = b.read(bias.value);
        const eps = numberArg(node.args[4]) ?? fail('layer norm without eps');
        inputs.epsilon = b.constant(`${base}_epsilon_0`, [], { dtype: b.compute, values: [eps] });
        if (w?.kind === 'value') inputs.gamma = b.read(w.value);
        inputs.x = b.read(x);
        name = b.op('layer_norm', inputs, res());
        break;
      }
      case 'aten._native_batch_norm_legit_no_training.default': {
        // the saved mean and rstd outputs are unread (checked by the support rules)
        const inputs: Record<string, string> = {};
        const w = node.args[1];
        const bias = node.args[2];
        if (bias?.kind === 'value') inputs.beta = b.read(bias.value);
        const eps = numberArg(node.args[6]) ?? fail('batch norm without eps');
        inputs.epsilon = b.constant(`${base}_epsilon_0`, [], { dtype: b.compute, values: [eps] });
        if (w?.kind === 'value') inputs.gamma = b.read(w.value);
        inputs.mean = b.read(tensorArg(node, 3));
        inputs.variance = b.read(tensorArg(node, 4));
        const x = tensorArg(node, 0);
        if (x.tensor.shape.length === 2) {
          // batch_norm takes 3 to 5 dimensions: [N, C] as [N, C, 1] and back
          const wide = [...x.tensor.shape, 1];
          const xs = b.read(x);
          inputs.x = b.op(
            'expand_dims',
            { axes: b.ints(`${base}_rank2_expansion_axes_0`, [-1]), x: xs },
            { name: b.fresh(`${base}_rank2_expansion`), dtype: b.compute, shape: wide },
          );
          const bn = b.op('batch_norm', inputs, {
            name: b.fresh(`${base}_batch_norm_1d`),
            dtype: b.compute,
            shape: wide,
          });
          name = b.op('squeeze', { axes: b.ints(`${base}_axes_0`, [-1]), x: bn }, res());
          break;
        }
        inputs.x = b.read(x);
        name = b.op('batch_norm', inputs, res());
        break;
      }
      case 'aten.max_pool2d_with_indices.default':
      case 'aten.avg_pool2d.default': {
        const max = node.op === 'aten.max_pool2d_with_indices.default';
        const { kernel, strides, padding } = poolParams(node) ?? fail(`${node.op} without 2-D parameters`);
        const ceilArg = node.args[max ? 5 : 4];
        const ceil = ceilArg?.kind === 'bool' && ceilArg.value;
        const inputs: Record<string, string> = { ceil_mode: b.bool(`${base}_ceil_mode_0`, ceil) };
        if (!max) {
          const include = node.args[5];
          const exclude = include?.kind === 'bool' && !include.value;
          inputs.exclude_padding_from_average = b.bool(`${base}_exclude_padding_from_average_0`, exclude);
        }
        inputs.kernel_sizes = b.ints(`${base}_kernel_sizes_0`, kernel);
        inputs.pad = b.ints(
          `${base}_pad_0`,
          padding.flatMap((p) => [p, p]),
        );
        inputs.pad_type = b.string(`${base}_pad_type_0`, 'custom');
        inputs.strides = b.ints(`${base}_strides_0`, strides);
        inputs.x = b.read(tensorArg(node, 0));
        name = b.op(max ? 'max_pool' : 'avg_pool', inputs, res());
        break;
      }
      case 'aten._log_softmax.default': {
        // coremltools writes log_softmax as a softmax and a log
        const x = tensorArg(node, 0);
        const a = node.args[1];
        const axis =
          a?.kind === 'int' ? dim(Number(a.value), x.tensor.shape.length) : fail('log_softmax without a dim');
        const xs = b.read(x);
        const soft = b.op('softmax', { axis: b.int(`${base}_axis_0`, axis), x: xs }, b.result(out, `${base}_softmax`));
        name = b.op('log', { x: soft }, res());
        break;
      }
      case 'aten.expand_copy.default': {
        const x = tensorArg(node, 0);
        const shape = x.tensor.shape;
        const target = out.tensor.shape;
        const pad = target.length - shape.length;
        const reps = target.map((n, i) => (i < pad || shape[i - pad] === 1 ? n : 1));
        name = emitTile(b, x, reps, out, base);
        break;
      }
      case 'aten.leaky_relu.out': {
        const xs = b.read(tensorArg(node, 0));
        const slope = numberArg(node.args[1]) ?? fail('leaky_relu without a slope');
        const alpha = b.constant(`${base}_alpha_0`, [], { dtype: b.compute, values: [slope] });
        name = b.op('leaky_relu', { alpha, x: xs }, res());
        break;
      }
      case 'dim_order_ops._clone_dim_order.default':
        name = b.op('identity', { x: b.read(tensorArg(node, 0)) }, res());
        break;
      case 'aten.mul.Scalar': {
        const x = b.read(tensorArg(node, 0));
        const y = b.constant(`${base}_y_0`, [], {
          dtype: b.compute,
          values: [numberArg(node.args[1]) ?? fail('mul without a scalar')],
        });
        name = b.op('mul', { x, y }, res());
        break;
      }
      case 'aten.unsqueeze_copy.default': {
        const x = tensorArg(node, 0);
        const d = node.args[1]?.kind === 'int' ? Number(node.args[1].value) : fail('unsqueeze without a dim');
        const xs = b.read(x);
        name = b.op(
          'expand_dims',
          { axes: b.ints(`${base}_axes_0`, [dim(d, x.tensor.shape.length + 1)]), x: xs },
          res(),
        );
        break;
      }
      case 'aten.squeeze_copy.dims': {
        const x = tensorArg(node, 0);
        const rank = x.tensor.shape.length;
        const axes = (intList(node.args[1]) ?? fail('squeeze without dims')).map((d) => dim(d, rank));
        const xs = b.read(x);
        name = b.op('squeeze', { axes: b.ints(`${base}_axes_0`, [...new Set(axes)]), x: xs }, res());
        break;
      }
      case 'aten.slice_copy.Tensor':
      case 'aten.select_copy.int': {
        const x = tensorArg(node, 0);
        const shape = x.tensor.shape;
        const rank = shape.length;
        const d = dim(node.args[1]?.kind === 'int' ? Number(node.args[1].value) : fail('slice without a dim'), rank);
        const size = shape[d] ?? fail('slice dim out of range');
        const lit = (i: number, none: number) => {
          const a = node.args[i];
          const v = a?.kind === 'int' ? Number(a.value) : none;
          return Math.min(Math.max(v < 0 ? v + size : v, 0), size);
        };
        const select = node.op === 'aten.select_copy.int';
        const start = lit(2, 0);
        const end = select ? start + 1 : lit(3, size);
        const step = !select && node.args[4]?.kind === 'int' ? Number(node.args[4].value) : 1;
        const begin = shape.map((_, i) => (i === d ? start : 0));
        const ends = shape.map((n, i) => (i === d ? end : n));
        const xs = b.read(x);
        const inputs: Record<string, string> = {
          begin: b.ints(`${base}_begin_0`, begin),
          end: b.ints(`${base}_end_0`, ends),
          end_mask: b.constant(`${base}_end_mask_0`, [rank], { dtype: 'bool', values: shape.map((_, i) => i !== d) }),
        };
        if (select)
          inputs.squeeze_mask = b.constant(`${base}_squeeze_mask_0`, [rank], {
            dtype: 'bool',
            values: shape.map((_, i) => i === d),
          });
        if (step !== 1)
          inputs.stride = b.ints(
            `${base}_stride_0`,
            shape.map((_, i) => (i === d ? step : 1)),
          );
        inputs.x = xs;
        name = b.op('slice_by_index', inputs, res());
        break;
      }
      case 'aten.cat.default': {
        const list = node.args[0];
        if (list?.kind !== 'tensor-list') fail('cat without a list of tensors');
        const rank = out.tensor.shape.length;
        const a = node.args[1];
        const axis = dim(a?.kind === 'int' ? Number(a.value) : 0, rank);
        const values = list.items.map((v) => b.read(v));
        const inputs = {
          axis: b.int(`${base}_axis_0`, axis),
          interleave: b.bool(`${base}_interleave_0`, false),
          values,
        };
        name = b.op('concat', inputs, res());
        break;
      }
      case 'aten.gelu.default': {
        const a = node.args[1];
        const mode = a?.kind === 'string' && a.value === 'tanh' ? 'TANH_APPROXIMATION' : 'EXACT';
        const x = b.read(tensorArg(node, 0));
        name = b.op('gelu', { x, mode: b.string(`${base}_mode_0`, mode) }, res());
        break;
      }
      case 'aten._softmax.default': {
        const x = tensorArg(node, 0);
        const a = node.args[1];
        const axis = a?.kind === 'int' ? dim(Number(a.value), x.tensor.shape.length) : fail('softmax without a dim');
        const xs = b.read(x);
        name = b.op('softmax', { x: xs, axis: b.int(`${base}_axis_0`, axis) }, res());
        break;
      }
      case 'aten.permute_copy.default': {
        // a weight transpose folded into the linear that reads it
        if (b.linearWeights.has(out)) return;
        const x = tensorArg(node, 0);
        const rank = x.tensor.shape.length;
        const perm = (intList(node.args[1]) ?? fail('permute without dims')).map((d) => dim(d, rank));
        const xs = b.read(x);
        name = b.op('transpose', { x: xs, perm: b.ints(`${base}_perm_0`, perm) }, res());
        break;
      }
      case 'aten.view_copy.default': {
        const xs = b.read(tensorArg(node, 0));
        name = b.op('reshape', { x: xs, shape: b.ints(`${base}_shape_0`, [...out.tensor.shape]) }, res());
        break;
      }
      case 'aten.mm.default':
      case 'aten.addmm.default': {
        // x @ W^T (+ bias) with a constant W: MIL linear, as coremltools writes aten.linear
        const withBias = node.op === 'aten.addmm.default';
        const weight = b.linearWeights.get(tensorArg(node, withBias ? 2 : 1));
        if (weight) {
          const inputs: Record<string, string> = {};
          // without a bias, a zero bias as coremltools writes it
          inputs.bias = withBias
            ? b.read(tensorArg(node, 0))
            : b.constant(`${base}_bias_0`, [weight.tensor.shape[0] as number], {
                dtype: b.compute,
                values: new Float32Array(weight.tensor.shape[0] as number),
              });
          inputs.weight = b.read(weight);
          inputs.x = b.read(tensorArg(node, withBias ? 1 : 0));
          name = b.op('linear', inputs, res());
        } else name = withBias ? emitAddmm(b, node, out, base) : emitMatmul(b, node, 0, out, base, base);
        break;
      }
      case 'aten.bmm.default':
        name = emitMatmul(b, node, 0, out, base, base);
        break;
      default: {
        const extra = EXTRA_OPS[node.op] ?? fail(`no ML Program form for ${node.op}`);
        name = extra.emit(b, node, out, base);
      }
    }
  }
  b.names.set(out, name);
}

/**
 * The debug handles of `b`'s operations: an operation written outside any node (a cast at the
 * program's edge, its dtype `const`) takes the handle of the operation whose output it reads (an
 * output cast) or else of the first operation that reads its output (an input cast and its const).
 */
function debugHandles(b: ProgramBuilder): DebugHandleEntry[] {
  const ops = b.operations as {
    type: string;
    inputs?: Map<string, { arguments: { name?: string }[] }>;
    outputs: { name: string }[];
  }[];
  if (b.handles.length !== b.operations.length) fail('an operation was written without its debug handle');
  const handles = [...b.handles];
  const producer = new Map<string, number>();
  ops.forEach((o, i) => {
    for (const out of o.outputs) producer.set(out.name, i);
  });
  const reads = (i: number): number[] =>
    [...(ops[i]?.inputs?.values() ?? [])].flatMap((a) =>
      a.arguments.flatMap((x) =>
        x.name !== undefined && producer.has(x.name) ? [producer.get(x.name) as number] : [],
      ),
    );
  // output casts: the handle of what they read (operations outside nodes come after what they read)
  for (let i = 0; i < ops.length; i++) {
    if (handles[i] !== null) continue;
    const from = reads(i)
      .map((j) => handles[j])
      .find((h) => h !== null && h !== undefined);
    if (from !== undefined) handles[i] = from;
  }
  // input casts and consts: the handle of the first operation reading them (resolved from the end)
  for (let i = ops.length - 1; i >= 0; i--) {
    if (handles[i] !== null) continue;
    for (let j = i + 1; j < ops.length; j++) {
      if (handles[j] !== null && reads(j).includes(i)) {
        handles[i] = handles[j] as number;
        break;
      }
    }
  }
  return ops.flatMap((o, i) => {
    const handle = handles[i];
    const output = o.outputs[0]?.name;
    return handle === null || handle === undefined || output === undefined
      ? []
      : [{ operator: o.type, output, handle }];
  });
}

/** Builds the ML Program of `partition` for `precision` and `target`. */
export function buildProgram(
  partition: Partition,
  precision: CoreMLPrecision,
  target: CoreMLDeploymentTarget,
): BuiltProgram {
  const compute = precision === 'float16' ? 'fp16' : 'fp32';
  const { specificationVersion, opset } = DEPLOYMENT_TARGETS[target];
  const b = new ProgramBuilder(compute);
  b.linearWeights = findLinearWeights(partition);
  const inputNames: string[] = [];
  const fnInputs: Record<string, unknown>[] = [];
  // As ExecuTorch's Core ML programs take and give them: float32 tensors are FLOAT32 features (cast to
  // and from fp16 inside an fp16 program), int64 and int32 ones INT32 features (int32 inside; the
  // runtime refuses values outside int32), bool ones FLOAT32 features cast to and from bool inside.
  // Core ML arrays have at least one dimension: a rank-0 tensor crosses as a shape [1] feature,
  // reshaped inside (the runtime passes a one-element tensor to and from it).
  const edgeType = (v: Value): 'fp32' | 'int32' => (b.typeOf(v) === 'int32' ? 'int32' : 'fp32');
  const edgeShape = (v: Value): number[] => (v.tensor.shape.length === 0 ? [1] : [...v.tensor.shape]);
  const features = (name: string, v: Value) => ({
    name,
    type: {
      multiArrayType: {
        shape: edgeShape(v),
        dataType: edgeType(v) === 'int32' ? ArrayDataType.INT32 : ArrayDataType.FLOAT32,
      },
    },
  });
  const inputFeatures: Record<string, unknown>[] = [];
  for (const [i, v] of partition.inputs.entries()) {
    if (v.type.kind !== 'tensor') fail(`delegate input ${v.name} is not a tensor`);
    const name = b.fresh(`input_${i}`);
    inputNames.push(name);
    const outer = edgeType(v);
    fnInputs.push({ name, type: tensorType(outer, edgeShape(v)) });
    inputFeatures.push(features(name, v));
    let inner = name;
    if (v.tensor.shape.length === 0) {
      const shape = b.constant(`${name}_squeeze_shape_0`, [0], { dtype: 'int32', values: [] });
      inner = b.op('reshape', { shape, x: inner }, { name: b.fresh(`${name}_squeeze`), dtype: outer, shape: [] });
    }
    const want = b.typeOf(v);
    if (want !== outer) {
      const dtype = b.string(`${name}_to_${want}_dtype_0`, want);
      inner = b.op(
        'cast',
        { dtype, x: inner },
        { name: b.fresh(`${name}_to_${want}`), dtype: want, shape: v.tensor.shape },
      );
    }
    b.names.set(v, inner);
  }
  for (const [k, node] of partition.nodes.entries()) {
    b.handle = k + 1;
    emitNode(b, node);
  }
  b.handle = null;
  const outputNames: string[] = [];
  const outputFeatures: Record<string, unknown>[] = [];
  for (const [i, v] of partition.outputs.entries()) {
    let name = b.read(v);
    const outer = edgeType(v);
    const rank0 = v.tensor.shape.length === 0;
    if (b.typeOf(v) !== outer) {
      const dtype = b.string(`${name}_to_${outer}_dtype_0`, outer);
      name = b.op(
        'cast',
        { dtype, x: name },
        { name: b.fresh(rank0 ? `${name}_to_${outer}` : `output_${i}`), dtype: outer, shape: v.tensor.shape },
      );
    } else if (!rank0 && (outputNames.includes(name) || inputNames.includes(name))) {
      // one value returned twice, or an input returned as is: an identity gives it a name of its own
      name = b.op('identity', { x: name }, { name: b.fresh(`output_${i}`), dtype: outer, shape: v.tensor.shape });
    }
    if (rank0) {
      const shape = b.ints(`output_${i}_shape_0`, [1]);
      name = b.op('reshape', { shape, x: name }, { name: b.fresh(`output_${i}`), dtype: outer, shape: [1] });
    }
    outputNames.push(name);
    outputFeatures.push(features(name, v));
  }
  const block = { outputs: outputNames, operations: b.operations };
  const model = {
    specificationVersion,
    description: { input: inputFeatures, output: outputFeatures },
    mlProgram: {
      version: 1,
      functions: new Map([['main', { inputs: fnInputs, opset, blockSpecializations: new Map([[opset, block]]) }]]),
    },
  };
  return { model, weights: b.weights, inputNames, outputNames, debugHandles: debugHandles(b) };
}
