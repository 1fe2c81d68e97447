/**
 * Kindling's Core ML delegate: reads ExecuTorch's Core ML payloads (`CoreMLBackend`: a flattened
 * `.mlpackage` with an ML Program) and runs them through a {@link CoreMLHost}: the native side of
 * an app on Apple devices, or {@link referenceHost} (a TypeScript interpreter of the ML Program's
 * MIL operations, fp16 rounding emulated) on any platform.
 *
 * ```ts
 * import { coreml, referenceHost } from '@kindling/backend-coreml';
 * const module = await Module.load(bytes, { backends: [coreml({ host: referenceHost() })], kernels: portableKernels });
 * ```
 *
 * Without a host, `coreml().isAvailable()` is false and says that a native Core ML host is needed.
 *
 * @packageDocumentation
 */
import { type CoreMLOptions, coreml } from './runtime/backend.js';

export default coreml;

export { COREML_CAPABILITIES } from './capabilities.js';
export type * as CoreMLSpec from './generated/coreml-proto.js';
export { ArrayDataType, DataType } from './generated/coreml-proto.js';
export type { MilOp, OpArgs } from './interpreter/op-args.js';
export { MIL_OPS } from './interpreter/ops/index.js';
export { type PreparedFunction, prepareFunction, runFunction } from './interpreter/program.js';
export type { MilDType, MilTensor } from './interpreter/tensor.js';
export { type CoreMLOptions, coreml, NO_HOST_REASON } from './runtime/backend.js';
export type {
  CoreMLArrayType,
  CoreMLComputeUnits,
  CoreMLHost,
  CoreMLHostModel,
  CoreMLHostTensor,
  CoreMLLoadOptions,
} from './runtime/host.js';
export { referenceHost } from './runtime/reference-host.js';
export {
  COREML_REFERENCE_MAGIC,
  type CoreMLReference,
  readCoreMLReference,
  unflattenDirectory,
} from './serialization/flattened-directory.js';
export {
  COREML_BACKEND_ID,
  type CoreMLMethodMetadata,
  type CoreMLPayload,
  type MlPackage,
  openMlPackage,
  readCoreMLPayload,
} from './serialization/model-package.js';
export { BLOB_SENTINEL, BlobDataType, readWeightBlob, type WeightBlob } from './serialization/weight-blob.js';

declare module '@kindling/core' {
  interface BackendOptionsMap {
    CoreMLBackend: CoreMLOptions;
  }
}
