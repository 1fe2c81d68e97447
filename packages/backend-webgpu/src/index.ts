/// <reference types="@webgpu/types" />
/**
 * Kindling's GPU delegate: runs ExecuTorch Vulkan payloads (`VulkanBackend`) with WebGPU compute
 * shaders, on `navigator.gpu` (browsers, workers) or an injected `GPU` (Node: the `webgpu` package).
 *
 * ```ts
 * import { webgpu } from '@kindling/backend-webgpu';
 * const module = await Module.load(bytes, { backends: [webgpu()], kernels: portableKernels });
 * ```
 *
 * @packageDocumentation
 */
import { type WebGpuOptions, webgpu } from './runtime/backend.js';

export default webgpu;

export { WEBGPU_CAPABILITIES } from './capabilities.js';
export { IMPLEMENTED_OPERATORS, VULKAN_BACKEND_ID, type WebGpuOptions, webgpu } from './runtime/backend.js';
export {
  decodeVkGraph,
  VK_GRAPH_IDENTIFIER,
  type VkBytes,
  VkDataType,
  type VkGraph,
  type VkOperatorCall,
  VkStorageType,
  type VkTensor,
  type VkValue,
  VkValueKind,
} from './serialization/vk-graph.js';
export { parseVkPayload, VK_HEADER_LENGTH, VK_HEADER_MAGIC, type VkPayloadParts } from './serialization/vk-header.js';

declare module '@kindling/core' {
  interface BackendOptionsMap {
    VulkanBackend: WebGpuOptions;
  }
}
