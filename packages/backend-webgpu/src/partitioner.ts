/**
 * AOT entry of the WebGPU backend: {@link webgpuLowering} decides which graph nodes the GPU takes
 * (fp32, following ExecuTorch's VulkanPartitioner, restricted to what this package's runtime
 * executes) and writes each partition as a Vulkan payload (`VH00` header, `VK00` VkGraph, weights as
 * named data) the way ExecuTorch's VkGraphBuilder does.
 *
 * ```ts
 * import { lower } from '@kindling/partitioner';
 * import { webgpuLowering } from '@kindling/backend-webgpu/partitioner';
 * import { xnnpackLowering } from '@kindling/backend-xnnpack/partitioner';
 * // GPU first; the CPU delegate takes what the GPU does not
 * const { bytes } = await lower(programBytes, { backends: [webgpuLowering(), xnnpackLowering()] });
 * ```
 *
 * @packageDocumentation
 */

import type {
  BackendLoweringV1,
  Partition,
  PreprocessResult,
  SupportContext,
  SupportResult,
} from '@kindling/partitioner';
import { WEBGPU_CAPABILITIES } from './capabilities.js';
import { buildVkGraph, keyConstants } from './partitioner/build-graph.js';
import { supportsNode } from './partitioner/support.js';
import { encodeVkPayload } from './partitioner/vk-writer.js';
import { decodeVkGraph } from './serialization/vk-graph.js';
import { parseVkPayload } from './serialization/vk-header.js';

/** The delegate id of the Vulkan payload (the runtime's `VULKAN_BACKEND_ID`). */
const VULKAN_BACKEND_ID = 'VulkanBackend';

/** The WebGPU lowering: a `BackendLoweringV1` of `@kindling/partitioner`. */
export interface WebGpuLowering extends BackendLoweringV1 {
  readonly id: 'VulkanBackend';
  readonly name: 'webgpu';
}

/** Options of {@link webgpuLowering}. */
export interface WebGpuLoweringOptions {
  /**
   * Fold a ReLU or hardtanh into the convolution before it (`et_vk.conv_with_clamp`), as
   * ExecuTorch's Vulkan preprocessing does. Default false: the folded clamp turns a NaN into a
   * bound, where ATen's ReLU keeps it.
   */
  readonly foldActivations?: boolean;
}

/** `preprocess` of the WebGPU lowering: the payload bytes and the weights as named data. */
export async function preprocessPartition(
  partition: Partition,
  options: WebGpuLoweringOptions = {},
): Promise<PreprocessResult> {
  const { graph, namedData } = await keyConstants(buildVkGraph(partition, options));
  return { processed: encodeVkPayload(graph), namedData };
}

/** Creates the WebGPU lowering (delegate id `VulkanBackend`). */
export function webgpuLowering(options: WebGpuLoweringOptions = {}): WebGpuLowering {
  return {
    specificationVersion: 'v1',
    id: VULKAN_BACKEND_ID,
    name: 'webgpu',
    capabilities: WEBGPU_CAPABILITIES,
    // symbolic sizes (`sym_size` results) cross as SymInt inputs, as ExecuTorch passes them
    tensorArgumentsOnly: false,
    supports: (node, context: SupportContext): SupportResult => supportsNode(node, context),
    preprocess: (partition: Partition): Promise<PreprocessResult> => preprocessPartition(partition, options),
  };
}

export default webgpuLowering;

/** The operator names a Vulkan payload calls, once each, sorted (for `kindling select`'s summary). */
export function delegateNodeTypes(payload: Uint8Array): string[] {
  const graph = decodeVkGraph(parseVkPayload(payload).flatbuffer);
  return [...new Set(graph.chain.map((c) => c.name))].sort();
}

export { WEBGPU_CAPABILITIES } from './capabilities.js';
export { type BuildOptions, type BuiltVkGraph, buildVkGraph, keyConstants } from './partitioner/build-graph.js';
export { OP_TABLE } from './partitioner/op-table.js';
export { MAX_RANK, supportsNode } from './partitioner/support.js';
export { encodeVkGraphFlatbuffer, encodeVkPayload, NAMED_DATA_OFFSET } from './partitioner/vk-writer.js';
