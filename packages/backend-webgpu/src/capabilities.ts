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
    'aten.add.Tensor',
    'aten.addmm.default',
    'aten.arange.start',
    'aten.arange.start_step',
    'aten.bmm.default',
    'aten.clamp.default',
    'aten.clone.default',
    'aten.convolution.default',
    'aten.div.Tensor',
    'aten.embedding.default',
    'aten.gelu.default',
    'aten.hardtanh.default',
    'aten.linear.default',
    'aten.mm.default',
    'aten.mul.Tensor',
    'aten.native_layer_norm.default',
    'aten.relu.default',
    'aten.sigmoid.default',
    'aten.squeeze_copy.dims',
    'aten.sub.Tensor',
    'aten.tanh.default',
    'aten.unsqueeze_copy.default',
    'aten.view_copy.default',
  ]),
  dtypes: Object.freeze(['float32', 'int32', 'int64']),
});
