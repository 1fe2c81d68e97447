/**
 * Kindling's CPU delegate: runs ExecuTorch XNNPACK payloads (`XnnpackBackend`).
 *
 * ```ts
 * import { xnnpack } from '@kindling/backend-xnnpack';
 * const module = await Module.load(bytes, { backends: [xnnpack()], kernels: portableKernels });
 * ```
 *
 * @packageDocumentation
 */
import { type XnnpackOptions, xnnpack } from './runtime/xnn-backend.js';

export default xnnpack;

export { XNNPACK_CAPABILITIES } from './capabilities.js';

export { IMPLEMENTED_NODE_TYPES } from './runtime/implemented-node-types.js';
export {
  XNNPACK_BACKEND_ID,
  type XnnpackDelegateInfo,
  type XnnpackFactoryOptions,
  type XnnpackOptions,
} from './runtime/xnn-backend.js';
export type {
  KernelBuild,
  KernelBuildName,
  KernelVariant,
  KernelWasmOption,
  KernelWasmSource,
} from './wasm/kernels.js';
export { xnnpack };
export {
  nodeTypeName,
  XNN_FLAG_EXTERNAL_INPUT,
  XNN_FLAG_EXTERNAL_OUTPUT,
  XNN_INVALID_ID,
  type XnnConstantData,
  type XnnConvAttrs,
  XnnDatatype,
  type XnnGraph,
  type XnnNode,
  type XnnNodeAttrs,
  XnnNodeType,
  type XnnPoolAttrs,
  type XnnQuantParams,
  type XnnValue,
} from './serialization/xnn-graph.js';
export {
  decodeXnnGraphFlatbuffer,
  decodeXnnPayload,
  XNN_GRAPH_IDENTIFIERS,
  type XnnPayload,
} from './serialization/xnn-graph-reader.js';
export { validateXnnGraph, XNN_MAX_DIMS, type XnnValidationContext } from './serialization/xnn-graph-validator.js';
export {
  parseXnnPayload,
  XNN_HEADER_LENGTH,
  XNN_HEADER_MAGIC,
  type XnnPayloadParts,
} from './serialization/xnn-header.js';

declare module '@kindling/core' {
  interface BackendOptionsMap {
    XnnpackBackend: XnnpackOptions;
  }
}
