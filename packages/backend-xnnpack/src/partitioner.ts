/**
 * AOT entry of the XNNPACK backend: {@link xnnpackLowering} decides which graph nodes XNNPACK
 * takes (fp32, following ExecuTorch's XnnpackPartitioner) and writes each partition as an
 * `XNNGraph` payload the way ExecuTorch does, so that both Kindling's and ExecuTorch's runtimes
 * execute the result.
 *
 * ```ts
 * import { lower } from '@kindling/partitioner';
 * import { xnnpackLowering } from '@kindling/backend-xnnpack/partitioner';
 * const { bytes } = await lower(programBytes, { backends: [xnnpackLowering()] });
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
import { XNNPACK_CAPABILITIES } from './capabilities.js';
import type { Producers } from './lowering/context.js';
import { buildPartitionGraph, type LoweredPartition, preprocessPartition } from './lowering/lower-partition.js';
import { LOWERED_OPS, supportsNode } from './partition/support.js';
import { SUPPORTED_NODE_TYPES } from './partition/supported-node-types.js';
import { XNNPACK_BACKEND_ID } from './runtime/xnn-backend.js';
import { XnnNodeType } from './serialization/xnn-graph.js';

/** The XNNPACK lowering: a `BackendLoweringV1` of `@kindling/partitioner`. */
export interface XnnpackLowering extends BackendLoweringV1 {
  readonly id: 'XnnpackBackend';
  readonly name: 'xnnpack';
}

/** Creates the XNNPACK lowering (id `XnnpackBackend`). */
export function xnnpackLowering(): XnnpackLowering {
  // what the support checks folded, for partitions lowered after other backends' were fused
  const producers: Producers = new WeakMap();
  return {
    specificationVersion: 'v1',
    id: XNNPACK_BACKEND_ID as 'XnnpackBackend',
    name: 'xnnpack',
    capabilities: XNNPACK_CAPABILITIES,
    tensorArgumentsOnly: true,
    supports: (node, _context: SupportContext): SupportResult => supportsNode(node, producers),
    preprocess: (partition: Partition): PreprocessResult => preprocessPartition(partition, producers),
  };
}

export default xnnpackLowering;

export { XNNPACK_CAPABILITIES } from './capabilities.js';
export {
  buildKernelWasm,
  delegateNodeTypes,
  type KernelWasmSelection,
  type XnnpackDelegatePayload,
  xnnpackKernelExports,
  xnnpackPayloadsOf,
} from './tooling/kernel-selection.js';
export { pruneWasm, wasmFunctionExports } from './tooling/wasm-prune.js';
export type { KernelBuildName, KernelVariant } from './wasm/kernels.js';
export { buildPartitionGraph, type LoweredPartition, LOWERED_OPS, SUPPORTED_NODE_TYPES, XnnNodeType };
export {
  encodeXnnGraphFlatbuffer,
  encodeXnnPayload,
  wrapXnnPayload,
  type XnnGraphData,
  type XnnNodeData,
  type XnnValueData,
} from './serialization/xnn-graph-writer.js';
