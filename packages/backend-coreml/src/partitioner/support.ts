/**
 * Which graph nodes the Core ML lowering takes: the operators it writes as MIL (see
 * `LOWERED_OPERATORS`), with the constraints of Core ML as ExecuTorch's CoreMLPartitioner and
 * coremltools apply them — at most 5 dimensions, static shapes, float32 tensors only (no int64 or
 * float64 inside a program), add/sub with `alpha` 1 only, constant convolution weights.
 */
import { ScalarType } from '@kindling/core';
import { type Node, TensorShapeDynamism, type Value } from '@kindling/ir';
import type { SupportContext, SupportResult } from '@kindling/partitioner';
import { COREML_CAPABILITIES } from '../capabilities.js';
import { clipBounds, intList, numberArg, poolParams } from './build-program.js';
import { FOLDABLE_OPERATORS, foldsToInt32 } from './fold.js';
import { EXTRA_OPS } from './ops/index.js';
import { ALL_RESULTS, INTEGER_OPERATORS, indexArguments } from './ops/integer.js';

/** Most dimensions a Core ML tensor may have. */
export const MAX_RANK = 5;

/** The graph operators the lowering writes as ML Program operations (and the MIL they become). */
export const LOWERED_OPERATORS: Readonly<Record<string, string>> = {
  // integer computations on constants only: evaluated by the lowering (see fold.ts)
  ...Object.fromEntries([...FOLDABLE_OPERATORS].map((op) => [op, 'const (integers computed from constants)'])),
  ...Object.fromEntries(Object.entries(EXTRA_OPS).map(([op, o]) => [op, o.mil])),
  'aten.add.Tensor': 'add',
  'aten.sub.Tensor': 'sub',
  'aten.mul.Tensor': 'mul',
  'aten.div.Tensor': 'real_div',
  'aten.relu.default': 'relu',
  'aten.sigmoid.default': 'sigmoid',
  'aten.tanh.default': 'tanh',
  'aten.abs.default': 'abs',
  'aten.exp.default': 'exp',
  'aten.sqrt.default': 'sqrt',
  'aten.rsqrt.default': 'rsqrt',
  'aten.sin.default': 'sin',
  'aten.cos.default': 'cos',
  'aten.clamp.default': 'clip',
  'aten.hardtanh.default': 'clip',
  'aten.mean.dim': 'reduce_mean',
  'aten.sum.dim_IntList': 'reduce_sum',
  'aten.amax.default': 'reduce_max',
  'aten.native_layer_norm.default': 'layer_norm',
  'aten._native_batch_norm_legit_no_training.default': 'batch_norm',
  'aten.max_pool2d_with_indices.default': 'max_pool',
  'aten.avg_pool2d.default': 'avg_pool',
  'aten._log_softmax.default': 'softmax + log',
  'aten.mul.Scalar': 'mul',
  'aten.unsqueeze_copy.default': 'expand_dims',
  'aten.squeeze_copy.dims': 'squeeze',
  'aten.slice_copy.Tensor': 'slice_by_index',
  'aten.select_copy.int': 'slice_by_index',
  'aten.cat.default': 'concat',
  'aten.expand_copy.default': 'expand_dims + tile',
  'aten.leaky_relu.out': 'leaky_relu',
  'dim_order_ops._clone_dim_order.default': 'identity',
  'aten.gelu.default': 'gelu',
  'aten._softmax.default': 'softmax',
  'aten.permute_copy.default': 'transpose',
  'aten.view_copy.default': 'reshape',
  'aten.mm.default': 'matmul',
  'aten.bmm.default': 'matmul',
  'aten.addmm.default': 'matmul + add',
};

const refuse = (reason: string): SupportResult => ({ supported: false, reason });
const DECLARED: ReadonlySet<string> = new Set(COREML_CAPABILITIES.operators);

const isConstant = (v: Value): boolean =>
  v.source === 'constant' || (v.source === 'alias' && v.aliasOf !== null && isConstant(v.aliasOf));

/** Element types a Core ML program holds (int64 values are int32 inside, as ExecuTorch's programs have them). */
const PROGRAM_DTYPES: ReadonlySet<ScalarType> = new Set([
  ScalarType.Float,
  ScalarType.Long,
  ScalarType.Int,
  ScalarType.Bool,
]);

/** Why tensor `v` cannot cross into or live in a Core ML program, or `null`. */
function tensorProblem(v: Value, what: string): string | null {
  if (v.type.kind !== 'tensor') return `${what} ${v.name} is not a tensor`;
  const t = v.type;
  if (t.dtype === ScalarType.Double || t.dtype === ScalarType.Half)
    return `${what} ${v.name} is ${t.dtype === ScalarType.Half ? 'float16' : 'float64'} (Core ML programs hold float32 values; fp16 is only their compute precision)`;
  if (!PROGRAM_DTYPES.has(t.dtype))
    return `${what} ${v.name} is not float32, int64, int32 or bool (Core ML programs hold no other tensor type)`;
  if (t.dynamism !== TensorShapeDynamism.STATIC) return `${what} ${v.name} has a dynamic shape`;
  if (t.shape.length > MAX_RANK) return `${what} ${v.name} has ${t.shape.length} dimensions (at most ${MAX_RANK})`;
  if (!t.dimOrder.every((d, i) => d === i)) return `${what} ${v.name} is not contiguous`;
  if (t.shape.some((d) => d === 0)) return `${what} ${v.name} is empty`;
  if (v.source === 'constant')
    return v.data ? constantProblem(v, what) : `${what} ${v.name} is a constant without bytes`;
  if (v.source === 'external' || v.source === 'buffer' || v.source === 'placeholder')
    return `${what} ${v.name} is a ${v.source} tensor`;
  // a rank-0 tensor crossing the partition boundary is a shape [1] feature (Core ML arrays have a dimension)
  return null;
}

/** The largest int32. */
const INT32_MAX = 2 ** 31 - 1;

/** Why the values of constant `v` cannot be a Core ML constant (int64 values outside int32), or `null`. */
function constantProblem(v: Value, what: string): string | null {
  if (v.tensor.dtype !== ScalarType.Long) return null;
  const data = v.data as Uint8Array;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let k = 0; k + 8 <= data.byteLength; k += 8) {
    const x = view.getBigInt64(k, true);
    if (x > BigInt(INT32_MAX) || x < BigInt(-INT32_MAX - 1))
      return `${what} ${v.name} holds ${x}, outside int32 (Core ML programs hold int64 values as int32)`;
  }
  return null;
}

const rankOf = (a: Node['args'][number] | undefined): number | null =>
  a?.kind === 'value' && a.value.type.kind === 'tensor' ? a.value.type.shape.length : null;

const intArg = (node: Node, i: number): number | null => {
  const a = node.args[i];
  return a?.kind === 'int' ? Number(a.value) : null;
};

/** Operator-specific conditions: `null` or the reason to refuse. */
function opProblem(node: Node, context?: SupportContext): string | null {
  switch (node.op) {
    case 'aten.add.Tensor':
    case 'aten.sub.Tensor': {
      // ExecuTorch's partitioner refuses add/sub with alpha != 1
      const a = node.args[2];
      if (a && !(a.kind === 'int' && a.value === 1n) && !(a.kind === 'float' && a.value === 1)) return 'alpha is not 1';
      return null;
    }
    case 'aten.clamp.default':
    case 'aten.hardtanh.default': {
      const bounds = clipBounds(node);
      if (!bounds) return 'a bound is not a literal number';
      return bounds[0] < bounds[1] ? null : 'the lower bound is not below the upper bound';
    }
    case 'aten.mean.dim':
    case 'aten.sum.dim_IntList':
    case 'aten.amax.default': {
      const dims = intList(node.args[1]);
      if (!dims || dims.length === 0) return 'the dims are not a non-empty literal list';
      const dtype = node.op === 'aten.amax.default' ? undefined : node.args[3];
      if (dtype && dtype.kind !== 'none' && !meanToFloat(node)) return 'a dtype is given';
      return null;
    }
    case 'aten.native_layer_norm.default': {
      const shape = intList(node.args[1]);
      if (!shape || shape.length === 0) return 'the normalized shape is not a literal';
      for (const i of [2, 3]) {
        const a = node.args[i];
        if (a && a.kind !== 'none' && (a.kind !== 'value' || !isConstant(a.value)))
          return 'weight or bias is not a constant';
      }
      return numberArg(node.args[4]) === null ? 'eps is not a literal' : null;
    }
    case 'aten._native_batch_norm_legit_no_training.default': {
      const rank = rankOf(node.args[0]);
      // [N, C] is written as [N, C, 1] (expand_dims, batch_norm, squeeze), as coremltools does
      if (rank === null || rank < 2) return 'batch norm needs 2 to 5 dimensions';
      for (const i of [1, 2, 3, 4]) {
        const a = node.args[i];
        if (i <= 2 && a?.kind === 'none') continue;
        if (a?.kind !== 'value' || !isConstant(a.value)) return 'weight, bias, mean or variance is not a constant';
      }
      return numberArg(node.args[6]) === null ? 'eps is not a literal' : null;
    }
    case 'aten.max_pool2d_with_indices.default':
    case 'aten.avg_pool2d.default': {
      if (rankOf(node.args[0]) !== 4) return 'only 2-D pooling of [N, C, H, W] is lowered';
      const p = poolParams(node);
      if (!p) return 'kernel, stride or padding is not a 2-D literal';
      if (node.op === 'aten.max_pool2d_with_indices.default') {
        const d = intList(node.args[4]) ?? [1, 1];
        if (d.some((x) => x !== 1)) return 'dilated max pooling is not lowered';
      } else {
        const divisor = node.args[6];
        if (divisor && divisor.kind !== 'none') return 'a divisor override is not lowered';
      }
      return null;
    }
    case 'aten._log_softmax.default': {
      const half = node.args[2];
      if (half?.kind === 'bool' && half.value) return 'half_to_float';
      return intArg(node, 1) === null ? 'the dim is not a literal' : null;
    }
    case 'aten.expand_copy.default': {
      const x = node.args[0];
      const out = node.outputs[0]?.type;
      if (x?.kind !== 'value' || out?.kind !== 'tensor') return 'expands no tensor';
      const shape = x.value.tensor.shape;
      const pad = out.shape.length - shape.length;
      if (pad < 0) return 'the size has fewer dimensions than the tensor';
      return out.shape.every((n, i) => i < pad || shape[i - pad] === n || shape[i - pad] === 1)
        ? null
        : 'the size does not broadcast the tensor';
    }
    case 'aten.leaky_relu.out':
      return numberArg(node.args[1]) === null ? 'the slope is not a literal number' : null;
    case 'dim_order_ops._clone_dim_order.default': {
      // a copy to the contiguous order, the same dtype: an identity
      const order = intList(node.args.find((a) => a.kind === 'int-list'));
      return !order || order.every((d, i) => d === i) ? null : 'changes the dim order';
    }
    case 'aten.mul.Scalar':
      return numberArg(node.args[1]) === null ? 'the scalar is not a literal number' : null;
    case 'aten.unsqueeze_copy.default':
      return intArg(node, 1) === null ? 'the dim is not a literal' : null;
    case 'aten.squeeze_copy.dims': {
      const x = node.args[0];
      const dims = intList(node.args[1]);
      if (!dims || dims.length === 0 || x?.kind !== 'value') return 'the dims are not a non-empty literal list';
      const shape = x.value.tensor.shape;
      // torch leaves a dimension that is not 1 as it is; MIL squeeze refuses it
      return dims.every((d) => shape[d < 0 ? d + shape.length : d] === 1) ? null : 'a squeezed dimension is not 1';
    }
    case 'aten.slice_copy.Tensor': {
      if (intArg(node, 1) === null) return 'the dim is not a literal';
      for (const i of [2, 3]) {
        const a = node.args[i];
        if (a && a.kind !== 'none' && a.kind !== 'int') return 'start or end is not a literal';
      }
      const step = node.args[4] === undefined ? 1 : intArg(node, 4);
      return step !== null && step > 0 ? null : 'the step is not a positive literal';
    }
    case 'aten.select_copy.int':
      return intArg(node, 1) === null || intArg(node, 2) === null ? 'the dim or index is not a literal' : null;
    case 'aten.cat.default': {
      const list = node.args[0];
      if (list?.kind !== 'tensor-list' || list.items.length === 0) return 'takes no list of tensors';
      const rank = list.items[0]?.tensor.shape.length;
      if (list.items.some((v) => v.type.kind !== 'tensor' || v.tensor.shape.length !== rank))
        return 'the tensors differ in rank';
      return node.args[1] === undefined || intArg(node, 1) !== null ? null : 'the dim is not a literal';
    }
    case 'aten.gelu.default': {
      const a = node.args[1];
      return !a || (a.kind === 'string' && (a.value === 'none' || a.value === 'tanh')) ? null : 'unknown approximation';
    }
    case 'aten._softmax.default': {
      const half = node.args[2];
      if (half?.kind === 'bool' && half.value) return 'half_to_float';
      return intArg(node, 1) === null ? 'the dim is not a literal' : null;
    }
    case 'aten.permute_copy.default':
      return intList(node.args[1]) ? null : 'the dims are not literals';
    case 'aten.view_copy.default':
      return intList(node.args[1]) ? null : 'the size is not a literal';
    case 'aten.addmm.default': {
      const beta = node.args[3];
      const alpha = node.args[4];
      const one = (a: (typeof node.args)[number] | undefined) =>
        !a || (a.kind === 'int' && a.value === 1n) || (a.kind === 'float' && a.value === 1);
      return one(beta) && one(alpha) ? null : 'beta or alpha is not 1';
    }
    default:
      return EXTRA_OPS[node.op]?.problem?.(node, context) ?? null;
  }
}

/** Older operators that only move, copy or reshape values: they take int and bool tensors as float ones. */
const MOVES_VALUES: ReadonlySet<string> = new Set([
  'aten.view_copy.default',
  'aten.permute_copy.default',
  'aten.unsqueeze_copy.default',
  'aten.squeeze_copy.dims',
  'aten.slice_copy.Tensor',
  'aten.select_copy.int',
  'aten.cat.default',
  'aten.expand_copy.default',
  'dim_order_ops._clone_dim_order.default',
]);

/**
 * Why a node computing on int or bool tensors is refused, or `null`: the operators that move values
 * and those written for int and bool tensors take them; any other operator (arithmetic above all) is
 * refused, since an int64 result computed in int32 would wrap differently from torch's.
 */
function integerProblem(node: Node): string | null {
  if (MOVES_VALUES.has(node.op) || INTEGER_OPERATORS.has(node.op) || meanToFloat(node)) return null;
  // the results written: all of them, or the first where the others must be unread (max_pool2d's indices)
  const written = ALL_RESULTS.has(node.op) ? node.outputs : node.outputs.slice(0, 1);
  const tensors = [...node.inputs, ...written].filter((v) => v.type.kind === 'tensor');
  const other = tensors.find((v) => v.tensor.dtype !== ScalarType.Float);
  if (!other) return null;
  const t = other.tensor.dtype;
  // the largest of int values is one of them: exact in int32
  const ints = tensors.every((v) => v.tensor.dtype === ScalarType.Long || v.tensor.dtype === ScalarType.Int);
  if (node.op === 'aten.amax.default' && ints) return null;
  return t === ScalarType.Bool
    ? `${other.name} is bool (${node.op} is lowered for float32 tensors only)`
    : `${other.name} is an integer tensor: Core ML holds no int64, and ${node.op} computed in int32 could wrap where torch's int64 result does not`;
}

/** Operators whose int64 results are indices into a tensor's dimension (their values result copies the input's). */
const INDEX_RESULTS: ReadonlySet<string> = new Set([
  'aten.argmax.default',
  'aten.argmax.out',
  'aten.max.dim',
  'aten.max.dim_max',
  'aten.min.dim',
  'aten.min.dim_min',
  'aten.topk.default',
  'aten.topk.values',
]);

/** Operators whose int64 results hold only values of their int64 inputs. */
const COPIES_VALUES: ReadonlySet<string> = new Set([
  ...MOVES_VALUES,
  'dim_order_ops._to_dim_order_copy.default',
  'aten.where.self',
  'aten.full_like.default',
  'aten.amax.default',
  // literal values (checked to lie inside int32)
  'aten.arange.default',
  'aten.arange.start',
  'aten.arange.start_step',
]);

/**
 * Whether int64 value `v` is known to lie inside int32: a constant (its values are checked), an
 * index result, or a copy of such values. An int64 value read from the program's inputs or computed
 * by a portable kernel may lie outside int32: Core ML holds no int64 and the delegate would refuse it.
 */
function boundedInt64(v: Value, seen = new Map<Value, boolean>()): boolean {
  if (v.type.kind !== 'tensor' || v.tensor.dtype !== ScalarType.Long) return true;
  const known = seen.get(v);
  if (known !== undefined) return known;
  seen.set(v, false);
  let ok = false;
  if (v.source === 'constant' || foldsToInt32(v)) ok = true;
  else if (v.source === 'alias' && v.aliasOf) ok = boundedInt64(v.aliasOf, seen);
  else {
    const p = v.producer;
    if (p && INDEX_RESULTS.has(p.op))
      ok = p.outputs[0] !== v || p.op.startsWith('aten.argmax') || boundedInt64(p.inputs[0] as Value, seen);
    else if (p && COPIES_VALUES.has(p.op)) ok = p.inputs.every((x) => boundedInt64(x, seen));
  }
  seen.set(v, ok);
  return ok;
}

/** Why an int64 tensor `node` reads (other than an index) may not fit the program's int32 values, or `null`. */
function int64Problem(node: Node): string | null {
  const indices = new Set(indexArguments(node));
  const v = node.inputs.find((x) => !indices.has(x) && !boundedInt64(x));
  return v
    ? `${v.name} is int64 from the program's inputs or a portable kernel: values outside int32 would not cross into Core ML (it holds no int64)`
    : null;
}

/**
 * A float32 mean or sum of an int tensor (`dtype=torch.float32`): the values cast to float, then
 * reduced, as torch does.
 */
function meanToFloat(node: Node): boolean {
  const dtype = node.args[3];
  const x = node.args[0];
  return (
    (node.op === 'aten.mean.dim' || node.op === 'aten.sum.dim_IntList') &&
    dtype?.kind === 'int' &&
    Number(dtype.value) === ScalarType.Float &&
    x?.kind === 'value' &&
    (x.value.tensor.dtype === ScalarType.Long || x.value.tensor.dtype === ScalarType.Int) &&
    node.outputs[0]?.tensor.dtype === ScalarType.Float
  );
}

/** Operators with several outputs of which the lowering writes only the first (the others must be unread). */
const FIRST_OUTPUT_ONLY: ReadonlySet<string> = new Set([
  'aten.native_layer_norm.default',
  'aten._native_batch_norm_legit_no_training.default',
  'aten.max_pool2d_with_indices.default',
  'aten.native_group_norm.out',
  'aten._native_batch_norm_legit.no_stats_out',
]);

/** Whether the Core ML lowering takes `node`. */
/**
 * Whether `v` is read by a node the lowering takes (other than a folded one): folding a constant
 * integer computation only pays, and only makes a Core ML program with inputs, when a lowered
 * operation reads its result.
 */
function readByLoweredNode(v: Value, context: SupportContext | undefined, options: SupportOptions, depth = 0): boolean {
  if (depth > 64) return false;
  return v.users.some((u) => {
    const out = u.outputs[0];
    if (FOLDABLE_OPERATORS.has(u.op) && u.outputs.length === 1 && out && foldsToInt32(out))
      return readByLoweredNode(out, context, options, depth + 1);
    return supportsNode(u, context, options).supported;
  });
}

/** An integer node computed from constants only whose result a lowered node reads: written as a `const`. */
function takenAsFolded(node: Node, context: SupportContext | undefined, options: SupportOptions): boolean {
  const out = node.outputs[0];
  return (
    FOLDABLE_OPERATORS.has(node.op) &&
    node.outputs.length === 1 &&
    out !== undefined &&
    foldsToInt32(out) &&
    readByLoweredNode(out, context, options)
  );
}

/** Options of the support rules (from `coremlLowering`'s options). */
export interface SupportOptions {
  /**
   * `'bounded'` (default): int64 values read from the program's inputs or computed by portable
   * kernels are taken only as indices. `'int32'`: taken wherever an int tensor is (as ExecuTorch's
   * partitioner does); the runtime then refuses, with `InvalidArgument`, a call whose int64 input
   * lies outside int32.
   */
  readonly int64Inputs?: 'bounded' | 'int32';
}

export function supportsNode(node: Node, context?: SupportContext, options: SupportOptions = {}): SupportResult {
  if (takenAsFolded(node, context, options)) return { supported: true };
  if (!LOWERED_OPERATORS[node.op]) return refuse(`${node.op} is not lowered to Core ML`);
  if (!DECLARED.has(node.op)) return refuse(`${node.op} is not among the Core ML capabilities`);
  if (node.mutates.length > 0) return refuse('writes a value in place');
  for (const a of node.args) {
    if (a.kind === 'value' && a.value.type.kind !== 'tensor') return refuse(`${a.value.name} is a symbolic value`);
    if (a.kind === 'int-list' && a.items.some((i) => typeof i !== 'bigint')) return refuse('a size is symbolic');
    const indexes = node.op === 'aten.index.Tensor' || node.op === 'aten.index.Tensor_out';
    if (
      (a.kind === 'optional-tensor-list' && !indexes) ||
      (a.kind === 'tensor-list' && node.op !== 'aten.cat.default' && !indexes)
    )
      return refuse('takes a list of tensors');
  }
  for (const v of node.inputs) {
    const why = tensorProblem(v, 'input');
    if (why) return refuse(why);
  }
  for (const o of ALL_RESULTS.has(node.op) ? node.outputs.slice(1) : []) {
    const why = tensorProblem(o, 'output');
    if (why) return refuse(why);
  }
  if (node.outputs.length !== 1 && !ALL_RESULTS.has(node.op)) {
    if (!FIRST_OUTPUT_ONLY.has(node.op)) return refuse('has more than one output');
    const graphOutputs = new Set(context?.graph.outputs ?? []);
    for (const o of node.outputs.slice(1))
      if (!context || o.users.length > 0 || graphOutputs.has(o)) return refuse(`its output ${o.name} is read`);
  }
  const why = tensorProblem(node.outputs[0] as Value, 'output');
  if (why) return refuse(why);
  // a node that reads no tensor computes a constant: taken only for a lowered reader (a Core ML
  // program of constants alone would have no inputs, which Core ML takes from iOS 18 on only)
  if (node.inputs.length === 0 && !node.outputs.some((o) => readByLoweredNode(o, context, options)))
    return refuse('computes a constant that no lowered node reads');
  const reason =
    integerProblem(node) ?? (options.int64Inputs === 'int32' ? null : int64Problem(node)) ?? opProblem(node, context);
  return reason ? refuse(reason) : { supported: true };
}
