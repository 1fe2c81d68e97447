/**
 * The operators the WebGPU lowering takes: for each graph-IR op, the name the Vulkan payload gives
 * it, its functional ATen signature (the argument order ExecuTorch's VkGraphBuilder writes: every
 * schema argument, keyword-only ones and defaults included, then the outputs) and the element types
 * its tensors may have. Only operators the runtime implements (`runtime/ops.ts`) are listed.
 */
import { ScalarType } from '@kindling/core';
import { type Node, parseSignature, type SchemaArgument, type Value } from '@kindling/ir';

/**
 * Element-type classes of the lowering. int64 tensors are written as int32 ones (ExecuTorch's
 * `downcast_64_bit`), which is exact only for values in the int32 range: they are taken only where
 * that holds (indices, values computed from literals checked at lowering time).
 */
export type DtypeClass = 'float' | 'int' | 'long' | 'bool';

export function dtypeClass(v: Value): DtypeClass | null {
  if (v.type.kind !== 'tensor') return null;
  switch (v.type.dtype) {
    case ScalarType.Float:
      return 'float';
    case ScalarType.Int:
      return 'int';
    case ScalarType.Long:
      return 'long';
    case ScalarType.Bool:
      return 'bool';
    default:
      return null;
  }
}

/** A check of a node's tensor types (and anything else the runtime needs): `null` or the reason. */
type NodeCheck = (node: Node) => string | null;

export interface OpEntry {
  /** The operator name in the payload. */
  readonly name: string;
  /** The functional arguments in payload order. */
  readonly args: readonly SchemaArgument[];
  /** Tensor types and op-specific conditions. */
  readonly check: NodeCheck;
  /** Outputs after the first that the runtime does not compute: they must be unused. */
  readonly unusedExtraOutputs?: boolean;
}

const tensorsOf = (node: Node): Value[] => [...node.inputs, ...node.outputs].filter((v) => v.type.kind === 'tensor');

/** Every tensor input and output is float32. */
const allFloat: NodeCheck = (node) => {
  const bad = tensorsOf(node).find((v) => dtypeClass(v) !== 'float');
  return bad ? `tensor ${bad.name} is not float32` : null;
};

/** Inputs of one class among `inputs`, outputs of class `output` (or the inputs' own class). */
const typed =
  (inputs: readonly DtypeClass[], output?: DtypeClass): NodeCheck =>
  (node) => {
    const ins = node.inputs.filter((v) => v.type.kind === 'tensor').map(dtypeClass);
    const cls = ins[0];
    if (!cls || !inputs.includes(cls) || ins.some((c) => c !== cls))
      return `inputs must all be one of ${inputs.join('/')} (got ${ins.join(', ')})`;
    const want = output ?? cls;
    const out = node.outputs[0];
    return out && dtypeClass(out) === want ? null : `output must be ${want}`;
  };

/** Positions of tensor arguments with the class each must have. */
const byPosition =
  (want: readonly (DtypeClass | readonly DtypeClass[] | 'skip')[], output: DtypeClass | 'input0'): NodeCheck =>
  (node) => {
    for (const [i, w] of want.entries()) {
      if (w === 'skip') continue;
      const a = node.args[i];
      if (!a || a.kind !== 'value') return `argument ${i} is not a tensor`;
      const c = dtypeClass(a.value);
      if (!c || !(typeof w === 'string' ? [w] : w).includes(c)) return `argument ${i} has an unsupported element type`;
    }
    const first = node.args[0];
    const o = output === 'input0' ? (first?.kind === 'value' ? dtypeClass(first.value) : null) : output;
    const out = node.outputs[0];
    return out && dtypeClass(out) === o ? null : `output must be ${o}`;
  };

const both =
  (...checks: NodeCheck[]): NodeCheck =>
  (node) => {
    for (const c of checks) {
      const r = c(node);
      if (r) return r;
    }
    return null;
  };

/**
 * Argument `index` of the graph-IR node. Its args follow the out variant's schema, which has the
 * functional one's order (less the dtype/layout/device arguments some ops drop).
 */
function literalArg(node: Node, index: number) {
  return node.args[index];
}

const constantWeight: NodeCheck = (node) => {
  const w = literalArg(node, 1);
  return w?.kind === 'value' && w.value.source === 'constant' ? null : 'the weight is not a constant';
};

const rank =
  (index: number, ranks: readonly number[]): NodeCheck =>
  (node) => {
    const a = literalArg(node, index);
    if (a?.kind !== 'value' || a.value.type.kind !== 'tensor') return `argument ${index} is not a tensor`;
    const r = a.value.type.shape.length;
    return ranks.includes(r) ? null : `argument ${index} has rank ${r} (needs ${ranks.join(' or ')})`;
  };

/** The `dtype` argument of a reduction must be absent. */
const noDtype =
  (index: number): NodeCheck =>
  (node) => {
    const a = literalArg(node, index);
    return !a || a.kind === 'none' ? null : 'a dtype argument is not supported';
  };

const contiguousDimOrder =
  (index: number): NodeCheck =>
  (node) => {
    const a = literalArg(node, index);
    if (!a || a.kind === 'none') return null;
    if (a.kind !== 'int-list') return 'dim_order is not an int list';
    return a.items.every((d, i) => d === BigInt(i)) ? null : 'only the contiguous dim order is supported';
  };

/** `index.Tensor` with exactly one index tensor. */
const oneIndex: NodeCheck = (node) => {
  const a = node.args[1];
  if (a?.kind !== 'optional-tensor-list' && a?.kind !== 'tensor-list') return 'indices are not a tensor list';
  const given = a.items.filter((v) => v !== null);
  if (given.length !== 1) return `${given.length} index tensors (exactly one is supported)`;
  const ids = dtypeClass(given[0] as Value);
  if (ids !== 'int' && ids !== 'long') return 'the index tensor is not an integer tensor';
  const x = node.args[0];
  if (x?.kind !== 'value') return 'the input is not a tensor';
  const c = dtypeClass(x.value);
  if (c !== 'float' && c !== 'int') return 'the input must be float32 or integer';
  return node.outputs[0] && dtypeClass(node.outputs[0]) === c ? null : 'output must have the input type';
};

/** `_softmax` with `half_to_float` false. */
const noHalfToFloat: NodeCheck = (node) => {
  const a = node.args[2];
  return a?.kind === 'bool' && !a.value ? null : 'half_to_float is not supported';
};

/** Outputs computed at load from literals (`full_like`, `arange`): float32 or integer. */
const filledOutput: NodeCheck = (node) => {
  const out = node.outputs[0];
  const c = out ? dtypeClass(out) : null;
  return c === 'float' || c === 'int' || c === 'long' ? null : 'output must be float32 or integer';
};

/**
 * Literal arguments (at these positions) an int32 tensor can hold exactly, when the node computes
 * on integers: an integer output, or a boolean one (a comparison) of an integer input.
 */
const int32Literals =
  (positions: readonly number[]): NodeCheck =>
  (node) => {
    const x = node.inputs.find((v) => v.type.kind === 'tensor');
    const cls = x ? dtypeClass(x) : null;
    const out = node.outputs[0] ? dtypeClass(node.outputs[0]) : null;
    const integer = (c: DtypeClass | null) => c === 'int' || c === 'long';
    if (!integer(out) && !(out === 'bool' && integer(cls))) return null;
    for (const i of positions) {
      const a = node.args[i];
      const v = a?.kind === 'int' ? Number(a.value) : a?.kind === 'float' ? a.value : 0;
      if (!(Math.abs(v) < 2 ** 31)) return `argument ${i} is outside the int32 range`;
    }
    return null;
  };

function sig(signature: string): readonly SchemaArgument[] {
  return parseSignature(signature).arguments;
}

function entry(name: string, signature: string, check: NodeCheck, extra: Partial<OpEntry> = {}): OpEntry {
  return { name, args: sig(signature), check, ...extra };
}

const UNARY = [
  'relu',
  'sigmoid',
  'tanh',
  'exp',
  'sqrt',
  'rsqrt',
  'neg',
  'abs',
  'sin',
  'cos',
  'hardswish',
  'hardsigmoid',
];
const COMPARE = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];

/** Graph-IR op name to what the payload writes. */
export const OP_TABLE: Readonly<Record<string, OpEntry>> = {
  'aten.add.Tensor': entry(
    'aten.add.Tensor',
    'aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor',
    allFloat,
  ),
  'aten.sub.Tensor': entry(
    'aten.sub.Tensor',
    'aten::sub.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor',
    allFloat,
  ),
  'aten.mul.Tensor': entry('aten.mul.Tensor', 'aten::mul.Tensor(Tensor self, Tensor other) -> Tensor', allFloat),
  'aten.div.Tensor': entry('aten.div.Tensor', 'aten::div.Tensor(Tensor self, Tensor other) -> Tensor', allFloat),
  ...Object.fromEntries(
    UNARY.map((u) => [`aten.${u}.default`, entry(`aten.${u}.default`, `aten::${u}(Tensor self) -> Tensor`, allFloat)]),
  ),
  'aten.gelu.default': entry(
    'aten.gelu.default',
    'aten::gelu(Tensor self, *, str approximate="none") -> Tensor',
    allFloat,
  ),
  'aten.clamp.default': entry(
    'aten.clamp.default',
    'aten::clamp(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor',
    allFloat,
  ),
  'aten.hardtanh.default': entry(
    'aten.hardtanh.default',
    'aten::hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor',
    allFloat,
  ),
  'aten.pow.Tensor_Scalar': entry(
    'aten.pow.Tensor_Scalar',
    'aten::pow.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor',
    allFloat,
  ),
  ...Object.fromEntries(
    COMPARE.flatMap((c) => [
      [
        `aten.${c}.Tensor`,
        entry(
          `aten.${c}.Tensor`,
          `aten::${c}.Tensor(Tensor self, Tensor other) -> Tensor`,
          typed(['float', 'int'], 'bool'),
        ),
      ],
      [
        `aten.${c}.Scalar_out`,
        entry(
          `aten.${c}.Scalar`,
          `aten::${c}.Scalar(Tensor self, Scalar other) -> Tensor`,
          both(typed(['float', 'int'], 'bool'), int32Literals([1])),
        ),
      ],
      [
        `aten.${c}.Scalar`,
        entry(
          `aten.${c}.Scalar`,
          `aten::${c}.Scalar(Tensor self, Scalar other) -> Tensor`,
          both(typed(['float', 'int'], 'bool'), int32Literals([1])),
        ),
      ],
    ]),
  ),
  'aten.logical_and.default': entry(
    'aten.logical_and.default',
    'aten::logical_and(Tensor self, Tensor other) -> Tensor',
    typed(['bool'], 'bool'),
  ),
  'aten.logical_not.default': entry(
    'aten.logical_not.default',
    'aten::logical_not(Tensor self) -> Tensor',
    typed(['bool'], 'bool'),
  ),
  'aten.where.self': entry(
    'aten.where.self',
    'aten::where.self(Tensor condition, Tensor self, Tensor other) -> Tensor',
    byPosition(['bool', 'float', 'float'], 'float'),
  ),
  'aten.addmm.default': entry(
    'aten.addmm.default',
    'aten::addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor',
    both(allFloat, rank(1, [2]), rank(2, [2])),
  ),
  'aten.mm.default': entry(
    'aten.mm.default',
    'aten::mm(Tensor self, Tensor mat2) -> Tensor',
    both(allFloat, rank(0, [2]), rank(1, [2])),
  ),
  'aten.bmm.default': entry(
    'aten.bmm.default',
    'aten::bmm(Tensor self, Tensor mat2) -> Tensor',
    both(allFloat, rank(0, [3]), rank(1, [3])),
  ),
  'aten._softmax.default': entry(
    'aten._softmax.default',
    'aten::_softmax(Tensor self, int dim, bool half_to_float) -> Tensor',
    both(allFloat, noHalfToFloat),
  ),
  'aten._log_softmax.default': entry(
    'aten._log_softmax.default',
    'aten::_log_softmax(Tensor self, int dim, bool half_to_float) -> Tensor',
    both(allFloat, noHalfToFloat),
  ),
  'aten.native_layer_norm.default': entry(
    'aten.native_layer_norm.default',
    'aten::native_layer_norm(Tensor input, SymInt[] normalized_shape, Tensor? weight, Tensor? bias, float eps) -> (Tensor, Tensor, Tensor)',
    allFloat,
  ),
  'aten._native_batch_norm_legit_no_training.default': entry(
    'aten._native_batch_norm_legit_no_training.default',
    'aten::_native_batch_norm_legit_no_training(Tensor input, Tensor? weight, Tensor? bias, Tensor running_mean, Tensor running_var, float momentum, float eps) -> (Tensor, Tensor, Tensor)',
    allFloat,
    { unusedExtraOutputs: true },
  ),
  'aten.embedding.default': entry(
    'aten.embedding.default',
    'aten::embedding(Tensor weight, Tensor indices, SymInt padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor',
    both(byPosition(['float', ['int', 'long']], 'float'), rank(0, [2])),
  ),
  'aten.convolution.default': entry(
    'aten.convolution.default',
    'aten::convolution(Tensor input, Tensor weight, Tensor? bias, SymInt[] stride, SymInt[] padding, SymInt[] dilation, bool transposed, SymInt[] output_padding, SymInt groups) -> Tensor',
    both(allFloat, rank(0, [4]), rank(1, [4]), constantWeight),
  ),
  'aten.view_copy.default': entry(
    'aten.view_copy.default',
    'aten::view_copy(Tensor self, SymInt[] size) -> Tensor',
    typed(['float', 'int', 'bool']),
  ),
  // ExecuTorch's memory-planned view: the payload has no such op, a view copy does the same
  'executorch_prim.et_view.default': entry(
    'aten.view_copy.default',
    'aten::view_copy(Tensor self, SymInt[] size) -> Tensor',
    typed(['float', 'int', 'bool']),
  ),
  'aten.squeeze_copy.dims': entry(
    'aten.squeeze_copy.dims',
    'aten::squeeze_copy.dims(Tensor self, int[] dim) -> Tensor',
    typed(['float', 'int', 'bool']),
  ),
  'aten.unsqueeze_copy.default': entry(
    'aten.unsqueeze_copy.default',
    'aten::unsqueeze_copy(Tensor self, int dim) -> Tensor',
    typed(['float', 'int', 'bool']),
  ),
  'aten.permute_copy.default': entry(
    'aten.permute_copy.default',
    'aten::permute_copy(Tensor self, int[] dims) -> Tensor',
    allFloat,
  ),
  'aten.cat.default': entry('aten.cat.default', 'aten::cat(Tensor[] tensors, int dim=0) -> Tensor', allFloat),
  'aten.slice_copy.Tensor': entry(
    'aten.slice_copy.Tensor',
    'aten::slice_copy.Tensor(Tensor self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor',
    allFloat,
  ),
  'aten.select_copy.int': entry(
    'aten.select_copy.int',
    'aten::select_copy.int(Tensor self, int dim, SymInt index) -> Tensor',
    allFloat,
  ),
  'aten.expand_copy.default': entry(
    'aten.expand_copy.default',
    'aten::expand_copy(Tensor self, SymInt[] size, *, bool implicit=False) -> Tensor',
    allFloat,
  ),
  'aten.mean.dim': entry(
    'aten.mean.dim',
    'aten::mean.dim(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor',
    both(allFloat, noDtype(3)),
  ),
  'aten.sum.dim_IntList': entry(
    'aten.sum.dim_IntList',
    'aten::sum.dim_IntList(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor',
    both(allFloat, noDtype(3)),
  ),
  'aten.amax.default': entry(
    'aten.amax.default',
    'aten::amax(Tensor self, int[1] dim=[], bool keepdim=False) -> Tensor',
    allFloat,
  ),
  'aten.max_pool2d_with_indices.default': entry(
    'aten.max_pool2d_with_indices.default',
    'aten::max_pool2d_with_indices(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)',
    both(byPosition(['float'], 'float'), rank(0, [3, 4])),
    { unusedExtraOutputs: true },
  ),
  'aten.avg_pool2d.default': entry(
    'aten.avg_pool2d.default',
    'aten::avg_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor',
    both(allFloat, rank(0, [3, 4])),
  ),
  'aten.full_like.default': entry(
    'aten.full_like.default',
    'aten::full_like(Tensor self, Scalar fill_value, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor',
    both(filledOutput, int32Literals([1])),
  ),
  'aten.arange.start': entry(
    'aten.arange.start_step',
    'aten::arange.start_step(Scalar start, Scalar end, Scalar step=1, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor',
    both(filledOutput, int32Literals([0, 1, 2])),
  ),
  'aten.index.Tensor': entry(
    'aten.index.Tensor',
    'aten::index.Tensor(Tensor self, Tensor?[] indices) -> Tensor',
    oneIndex,
  ),
  // operators the graph IR names by their out variant (no functional schema in its table): the
  // arguments are the kernel's, in order, less the outputs
  'aten.leaky_relu.out': entry(
    'aten.leaky_relu.default',
    'aten::leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor',
    allFloat,
  ),
  'aten.log10.out': entry('aten.log10.default', 'aten::log10(Tensor self) -> Tensor', allFloat),
  'aten.round.out': entry('aten.round.default', 'aten::round(Tensor self) -> Tensor', allFloat),
  'aten.bitwise_not.out': entry(
    'aten.bitwise_not.default',
    'aten::bitwise_not(Tensor self) -> Tensor',
    typed(['bool'], 'bool'),
  ),
  'aten.bitwise_and.Tensor_out': entry(
    'aten.bitwise_and.Tensor',
    'aten::bitwise_and.Tensor(Tensor self, Tensor other) -> Tensor',
    typed(['bool'], 'bool'),
  ),
  'aten.bitwise_or.Tensor_out': entry(
    'aten.bitwise_or.Tensor',
    'aten::bitwise_or.Tensor(Tensor self, Tensor other) -> Tensor',
    typed(['bool'], 'bool'),
  ),
  'aten.logical_or.out': entry(
    'aten.logical_or.default',
    'aten::logical_or(Tensor self, Tensor other) -> Tensor',
    typed(['bool'], 'bool'),
  ),
  'aten.upsample_nearest2d.vec_out': entry(
    'aten.upsample_nearest2d.vec',
    'aten::upsample_nearest2d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor',
    both(allFloat, rank(0, [4])),
  ),
  'aten.upsample_bilinear2d.vec_out': entry(
    'aten.upsample_bilinear2d.vec',
    'aten::upsample_bilinear2d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor',
    both(allFloat, rank(0, [4])),
  ),
  'aten.native_group_norm.out': entry(
    'aten.native_group_norm.default',
    'aten::native_group_norm(Tensor input, Tensor? weight, Tensor? bias, SymInt N, SymInt C, SymInt HxW, int group, float eps) -> (Tensor, Tensor, Tensor)',
    allFloat,
  ),
  'aten.gather.out': entry(
    'aten.gather.default',
    'aten::gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor',
    byPosition([['float', 'int'], 'skip', ['int', 'long']], 'input0'),
  ),
  'aten.index_select.out': entry(
    'aten.index_select.default',
    'aten::index_select(Tensor self, int dim, Tensor index) -> Tensor',
    byPosition([['float', 'int'], 'skip', ['int', 'long']], 'input0'),
  ),
  'dim_order_ops._clone_dim_order.default': entry(
    'dim_order_ops._clone_dim_order.default',
    'dim_order_ops::_clone_dim_order(Tensor self, *, bool non_blocking=False, int[]? dim_order=None) -> Tensor',
    both(typed(['float', 'int', 'bool']), contiguousDimOrder(2)),
  ),
  'dim_order_ops._to_dim_order_copy.default': entry(
    'dim_order_ops._to_dim_order_copy.default',
    'dim_order_ops::_to_dim_order_copy(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, bool non_blocking=False, int[]? dim_order=None) -> Tensor',
    both((node) => {
      const x = node.inputs[0];
      const out = node.outputs[0];
      const a = x ? dtypeClass(x) : null;
      const b = out ? dtypeClass(out) : null;
      return (a === 'float' || a === 'int') && (b === 'float' || b === 'int')
        ? null
        : 'only float32 and integer conversions';
    }, contiguousDimOrder(2)),
  ),
};

/** Argument types ExecuTorch writes as `Null` whatever their value (dtype, layout, device, memory format). */
export const NULL_TYPES: ReadonlySet<string> = new Set(['ScalarType', 'Layout', 'Device', 'MemoryFormat']);
