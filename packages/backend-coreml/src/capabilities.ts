import type { BackendCapabilities } from '@kindling/core';

/**
 * What the Core ML backend executes through the reference host, by the graph IR's operator names:
 * the operators whose Core ML lowering (ExecuTorch's CoreMLPartitioner with coremltools) gives MIL
 * operations the reference interpreter implements. A native host runs whatever Core ML runs; the
 * backend test suite picks its cases from this list. Pure data.
 */
export const COREML_CAPABILITIES: BackendCapabilities = Object.freeze({
  operators: Object.freeze([
    'aten._log_softmax.default',
    'aten._native_batch_norm_legit_no_training.default',
    'aten._softmax.default',
    'aten.add.Tensor',
    'aten.any.dim',
    'aten.addmm.default',
    'aten.avg_pool2d.default',
    'aten.bmm.default',
    'aten.cat.default',
    'aten.clamp.default',
    'aten.clone.default',
    'aten.convolution.default',
    'aten.div.Tensor',
    'aten.embedding.default',
    'aten.eq.Scalar',
    'aten.exp.default',
    'aten.expand_copy.default',
    'aten.full_like.default',
    'aten.gelu.default',
    'aten.hardswish.default',
    'aten.hardtanh.default',
    'aten.linear.default',
    'aten.logical_not.default',
    'aten.max_pool2d_with_indices.default',
    'aten.mean.dim',
    'aten.mm.default',
    'aten.mul.Scalar',
    'aten.mul.Tensor',
    'aten.native_layer_norm.default',
    'aten.permute_copy.default',
    'aten.relu.default',
    'aten.select_copy.int',
    'aten.sigmoid.default',
    'aten.slice_copy.Tensor',
    'aten.sqrt.default',
    'aten.squeeze_copy.dims',
    'aten.sub.Tensor',
    'aten.tanh.default',
    'aten.unsqueeze_copy.default',
    'aten.view_copy.default',
    'aten.where.self',
    'dim_order_ops._clone_dim_order.default',
    'dim_order_ops._to_dim_order_copy.default',
  ]),
  // int64 tensors (embedding indices) cross as int32: ExecuTorch's Core ML programs take int32 inputs
  dtypes: Object.freeze(['float32', 'int64']),
});
