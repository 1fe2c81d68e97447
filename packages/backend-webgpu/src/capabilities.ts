import type { BackendCapabilities } from '@kindling/core';

/**
 * What the WebGPU backend executes, by the graph IR's operator names (the names the backend test
 * suite matches against a program's operators). Each one is implemented for the node type the Vulkan
 * partitioner writes for it (a portable program's `addmm`/`mm` of a linear layer arrives
 * as `aten.linear.default`; `arange.start` as `aten.arange.start_step`). Pure data.
 */
export const WEBGPU_CAPABILITIES: BackendCapabilities = Object.freeze({
  operators: Object.freeze([
    'aten._log_softmax.default',
    'aten._native_batch_norm_legit_no_training.default',
    'aten._softmax.default',
    'aten._to_copy.default',
    'aten.add.Tensor',
    'aten.addmm.default',
    'aten.amax.default',
    'aten.amin.default',
    'aten.arange.start',
    'aten.arange.start_step',
    'aten.avg_pool2d.default',
    'aten.bmm.default',
    'aten.cat.default',
    'aten.clamp.default',
    'aten.clone.default',
    'aten.convolution.default',
    'aten.div.Tensor',
    'aten.embedding.default',
    'aten.expand_copy.default',
    'aten.gelu.default',
    'aten.hardsigmoid.default',
    'aten.hardswish.default',
    'aten.hardtanh.default',
    'aten.linear.default',
    'aten.max_pool2d.default',
    'aten.max_pool2d_with_indices.default',
    'aten.mean.dim',
    'aten.mm.default',
    'aten.mul.Tensor',
    'aten.native_layer_norm.default',
    'aten.permute_copy.default',
    'aten.relu.default',
    'aten.select_copy.int',
    'aten.sigmoid.default',
    'aten.slice_copy.Tensor',
    'aten.squeeze_copy.dims',
    'aten.sub.Tensor',
    'aten.sum.dim_IntList',
    'aten.tanh.default',
    'aten.unsqueeze_copy.default',
    'aten.view_copy.default',
    'dim_order_ops._to_dim_order_copy.default',
  ]),
  dtypes: Object.freeze(['float32', 'int32', 'int64']),
});
