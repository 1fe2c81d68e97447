/**
 * The operator schema table, as data. Each entry names a functional op (`aten.add.Tensor`), the
 * program operator it is emitted as (its out variant, `aten::add.out`, written in ATen's schema
 * language), and the inference rule that computes output dtypes and shapes (see `shape-inference.ts`).
 *
 * The signatures are ATen/ExecuTorch facts (argument order, defaults, out arguments); they decide the
 * layout of `KernelCall.args`: every schema argument in order, out arguments included, then one
 * return slot.
 */

/** One row of the table. */
export interface OpSchemaEntry {
  /** Namespaced functional op name: `aten.add.Tensor`. */
  readonly op: string;
  /** The program operator's schema in ATen syntax, e.g. `aten::add.out(Tensor self, ...) -> Tensor(a!)`. */
  readonly signature: string;
  /** Name of the inference rule; parameters for it in {@link OpSchemaEntry.params}. */
  readonly infer: string;
  readonly params?: Readonly<Record<string, string | number | boolean>>;
  /**
   * How the op touches memory: `out` (writes its out arguments), `functional` (returns a new
   * value in the return slot), `inplace` (writes its first argument and returns it), `alias`
   * (returns a view of its first argument; the result is not memory planned).
   */
  readonly kind: 'out' | 'functional' | 'inplace' | 'alias';
}

const unary = (name: string, infer = 'same'): OpSchemaEntry => ({
  op: `aten.${name}.default`,
  signature: `aten::${name}.out(Tensor self, *, Tensor(a!) out) -> Tensor(a!)`,
  infer,
  kind: 'out',
});

const compare = (name: string): OpSchemaEntry[] => [
  {
    op: `aten.${name}.Tensor`,
    signature: `aten::${name}.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out) -> Tensor(a!)`,
    infer: 'broadcast',
    params: { dtype: 'bool' },
    kind: 'out',
  },
  {
    op: `aten.${name}.Scalar`,
    signature: `aten::${name}.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out) -> Tensor(a!)`,
    infer: 'same',
    params: { dtype: 'bool' },
    kind: 'out',
  },
];

/** The table. Order has no meaning. */
// Built in a pure-annotated call (the entries are calls) so that bundlers can drop it when unused.
export const OP_SCHEMAS: readonly OpSchemaEntry[] = /* @__PURE__ */ (() => [
  // Elementwise unary.
  unary('abs'),
  unary('neg'),
  unary('relu'),
  unary('sigmoid', 'same-float'),
  unary('tanh', 'same-float'),
  unary('exp', 'same-float'),
  unary('log', 'same-float'),
  unary('sin', 'same-float'),
  unary('cos', 'same-float'),
  unary('erf', 'same-float'),
  unary('sqrt', 'same-float'),
  unary('rsqrt', 'same-float'),
  {
    op: 'aten.logical_not.default',
    signature: 'aten::logical_not.out(Tensor self, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'same',
    params: { dtype: 'bool' },
    kind: 'out',
  },
  {
    op: 'aten.gelu.default',
    signature: "aten::gelu.out(Tensor self, *, str approximate='none', Tensor(a!) out) -> Tensor(a!)",
    infer: 'same',
    kind: 'out',
  },
  {
    op: 'aten.hardtanh.default',
    signature: 'aten::hardtanh.out(Tensor self, Scalar min_val=-1, Scalar max_val=1, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'same',
    kind: 'out',
  },
  {
    op: 'aten.clamp.default',
    signature: 'aten::clamp.out(Tensor self, Scalar? min=None, Scalar? max=None, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'same',
    kind: 'out',
  },
  {
    op: 'aten.pow.Tensor_Scalar',
    signature: 'aten::pow.Tensor_Scalar_out(Tensor self, Scalar exponent, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'scalar-op',
    params: { scalar: 1 },
    kind: 'out',
  },
  // Elementwise binary.
  {
    op: 'aten.add.Tensor',
    signature: 'aten::add.out(Tensor self, Tensor other, *, Scalar alpha=1, Tensor(a!) out) -> Tensor(a!)',
    infer: 'broadcast',
    kind: 'out',
  },
  {
    op: 'aten.sub.Tensor',
    signature: 'aten::sub.out(Tensor self, Tensor other, *, Scalar alpha=1, Tensor(a!) out) -> Tensor(a!)',
    infer: 'broadcast',
    kind: 'out',
  },
  {
    op: 'aten.mul.Tensor',
    signature: 'aten::mul.out(Tensor self, Tensor other, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'broadcast',
    kind: 'out',
  },
  {
    op: 'aten.mul.Scalar',
    signature: 'aten::mul.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'scalar-op',
    params: { scalar: 1 },
    kind: 'out',
  },
  {
    op: 'aten.div.Tensor',
    signature: 'aten::div.out(Tensor self, Tensor other, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'broadcast',
    params: { dtype: 'float' },
    kind: 'out',
  },
  {
    op: 'aten.logical_and.default',
    signature: 'aten::logical_and.out(Tensor self, Tensor other, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'broadcast',
    params: { dtype: 'bool' },
    kind: 'out',
  },
  ...compare('eq'),
  ...compare('ge'),
  ...compare('gt'),
  ...compare('le'),
  ...compare('lt'),
  {
    op: 'aten.where.self',
    signature: 'aten::where.self_out(Tensor condition, Tensor self, Tensor other, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'where',
    kind: 'out',
  },
  // Linear algebra.
  {
    op: 'aten.mm.default',
    signature: 'aten::mm.out(Tensor self, Tensor mat2, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'mm',
    kind: 'out',
  },
  {
    op: 'aten.bmm.default',
    signature: 'aten::bmm.out(Tensor self, Tensor mat2, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'bmm',
    kind: 'out',
  },
  {
    op: 'aten.addmm.default',
    signature:
      'aten::addmm.out(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1, Tensor(a!) out) -> Tensor(a!)',
    infer: 'addmm',
    kind: 'out',
  },
  {
    op: 'aten.convolution.default',
    signature:
      'aten::convolution.out(Tensor input, Tensor weight, Tensor? bias, SymInt[] stride, SymInt[] padding, SymInt[] dilation, bool transposed, SymInt[] output_padding, SymInt groups, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'convolution',
    kind: 'out',
  },
  {
    op: 'aten.embedding.default',
    signature:
      'aten::embedding.out(Tensor weight, Tensor indices, SymInt padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'embedding',
    kind: 'out',
  },
  // Normalisation, activation with dims.
  {
    op: 'aten._softmax.default',
    signature: 'aten::_softmax.out(Tensor self, int dim, bool half_to_float, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'same',
    kind: 'out',
  },
  {
    op: 'aten._log_softmax.default',
    signature: 'aten::_log_softmax.out(Tensor self, int dim, bool half_to_float, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'same',
    kind: 'out',
  },
  {
    op: 'aten.native_layer_norm.default',
    signature:
      'aten::native_layer_norm.out(Tensor input, SymInt[] normalized_shape, Tensor? weight, Tensor? bias, float eps, *, Tensor(a!) out0, Tensor(b!) out1, Tensor(c!) out2) -> (Tensor(a!), Tensor(b!), Tensor(c!))',
    infer: 'layer-norm',
    kind: 'out',
  },
  {
    op: 'aten._native_batch_norm_legit_no_training.default',
    signature:
      'aten::_native_batch_norm_legit_no_training.out(Tensor input, Tensor? weight, Tensor? bias, Tensor running_mean, Tensor running_var, float momentum, float eps, *, Tensor(a!) out0, Tensor(b!) out1, Tensor(c!) out2) -> (Tensor(a!), Tensor(b!), Tensor(c!))',
    infer: 'batch-norm',
    kind: 'out',
  },
  // Pooling.
  {
    op: 'aten.max_pool2d_with_indices.default',
    signature:
      'aten::max_pool2d_with_indices.out(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False, *, Tensor(a!) out, Tensor(b!) indices) -> (Tensor(a!), Tensor(b!))',
    infer: 'pool2d',
    params: { indices: true },
    kind: 'out',
  },
  {
    op: 'aten.avg_pool2d.default',
    signature:
      'aten::avg_pool2d.out(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'pool2d',
    params: { avg: true },
    kind: 'out',
  },
  // Reductions.
  {
    op: 'aten.mean.dim',
    signature:
      'aten::mean.out(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor(a!) out) -> Tensor(a!)',
    infer: 'reduce',
    kind: 'out',
  },
  {
    op: 'aten.sum.dim_IntList',
    signature:
      'aten::sum.IntList_out(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor(a!) out) -> Tensor(a!)',
    infer: 'reduce',
    params: { sum: true },
    kind: 'out',
  },
  {
    op: 'aten.amax.default',
    signature: 'aten::amax.out(Tensor self, int[1] dim=[], bool keepdim=False, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'reduce',
    kind: 'out',
  },
  {
    op: 'aten.any.dim',
    signature: 'aten::any.out(Tensor self, int dim, bool keepdim=False, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'reduce',
    params: { dtype: 'bool' },
    kind: 'out',
  },
  {
    op: 'aten.argmax.default',
    signature: 'aten::argmax.out(Tensor self, int? dim=None, bool keepdim=False, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'reduce',
    params: { dtype: 'long' },
    kind: 'out',
  },
  // Shape and data movement.
  {
    op: 'aten.permute_copy.default',
    signature: 'aten::permute_copy.out(Tensor self, int[] dims, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'permute',
    kind: 'out',
  },
  {
    op: 'aten.view_copy.default',
    signature: 'aten::view_copy.out(Tensor self, SymInt[] size, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'view',
    kind: 'out',
  },
  {
    op: 'executorch_prim.et_view.default',
    signature: 'executorch_prim::et_view.default(Tensor self, int[] size) -> Tensor',
    infer: 'view',
    kind: 'alias',
  },
  {
    op: 'aten.expand_copy.default',
    signature:
      'aten::expand_copy.out(Tensor self, SymInt[] size, *, bool implicit=False, Tensor(a!) out) -> Tensor(a!)',
    infer: 'expand',
    kind: 'out',
  },
  {
    op: 'aten.unsqueeze_copy.default',
    signature: 'aten::unsqueeze_copy.out(Tensor self, int dim, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'unsqueeze',
    kind: 'out',
  },
  {
    op: 'aten.squeeze_copy.dims',
    signature: 'aten::squeeze_copy.dims_out(Tensor self, int[] dim, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'squeeze',
    kind: 'out',
  },
  {
    op: 'aten.select_copy.int',
    signature: 'aten::select_copy.int_out(Tensor self, int dim, SymInt index, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'select',
    kind: 'out',
  },
  {
    op: 'aten.slice_copy.Tensor',
    signature:
      'aten::slice_copy.Tensor_out(Tensor self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'slice',
    kind: 'out',
  },
  {
    op: 'aten.cat.default',
    signature: 'aten::cat.out(Tensor[] tensors, int dim=0, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'cat',
    kind: 'out',
  },
  {
    op: 'aten.split_with_sizes_copy.default',
    signature:
      'aten::split_with_sizes_copy.out(Tensor self, SymInt[] split_sizes, int dim=0, *, Tensor(a!)[] out) -> ()',
    infer: 'split',
    kind: 'out',
  },
  {
    op: 'aten.index.Tensor',
    signature: 'aten::index.Tensor_out(Tensor self, Tensor?[] indices, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'index',
    kind: 'out',
  },
  {
    op: 'aten.index_put.default',
    signature:
      'aten::index_put.out(Tensor self, Tensor?[] indices, Tensor values, bool accumulate=False, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'same',
    kind: 'out',
  },
  {
    op: 'aten.copy_.default',
    signature: 'aten::copy_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)',
    infer: 'same',
    kind: 'inplace',
  },
  {
    op: 'dim_order_ops._to_dim_order_copy.default',
    signature:
      'dim_order_ops::_to_dim_order_copy.out(Tensor self, *, bool non_blocking=False, int[]? dim_order=None, Tensor(a!) out) -> Tensor(a!)',
    infer: 'to-dim-order',
    kind: 'out',
  },
  {
    op: 'dim_order_ops._clone_dim_order.default',
    signature:
      'dim_order_ops::_clone_dim_order.out(Tensor self, *, bool non_blocking=False, int[]? dim_order=None, Tensor(a!) out) -> Tensor(a!)',
    infer: 'to-dim-order',
    kind: 'out',
  },
  // Factories.
  {
    op: 'aten.full.default',
    signature: 'aten::full.out(SymInt[] size, Scalar fill_value, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'factory',
    kind: 'out',
  },
  {
    op: 'aten.full_like.default',
    signature:
      'aten::full_like.out(Tensor self, Scalar fill_value, *, MemoryFormat? memory_format=None, Tensor(a!) out) -> Tensor(a!)',
    infer: 'same',
    kind: 'out',
  },
  {
    op: 'aten.scalar_tensor.default',
    signature: 'aten::scalar_tensor.out(Scalar s, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'factory',
    kind: 'out',
  },
  {
    op: 'aten.arange.start',
    signature: 'aten::arange.start_out(Scalar start, Scalar end, Scalar step=1, *, Tensor(a!) out) -> Tensor(a!)',
    infer: 'factory',
    kind: 'out',
  },
  // Symbolic sizes.
  {
    op: 'aten.sym_size.int',
    signature: 'aten::sym_size.int(Tensor self, int dim) -> SymInt',
    infer: 'sym-size',
    kind: 'functional',
  },
])();
