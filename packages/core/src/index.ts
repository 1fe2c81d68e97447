export {
  type Availability,
  availabilityOf,
  type Backend,
  type BackendCapabilities,
  type BackendExecutionContext,
  type BackendInitContext,
  type BackendOptions,
  type BackendOptionsMap,
  type BackendV1,
  type CompileSpec,
  type DelegateHandle,
  type EventTracer,
  isBackendV1,
  type NamedDataMap,
  type QuantizationScheme,
  type TensorLayout,
  toAvailability,
} from './backend.js';
export {
  CHANNELS_LAST_DIM_ORDER,
  contiguousDimOrder,
  isContiguousDimOrder,
  isValidDimOrder,
  MAX_RANK,
  numelOf,
  stridesFromDimOrder,
} from './dim-order.js';
export {
  check,
  ErrorCode,
  type ErrorContext,
  errorCodeName,
  KindlingError,
  type KindlingErrorOptions,
} from './error.js';
export { type EValue, type EValueOf, EValues, Tag, tagName } from './evalue.js';
export { defineKernel, type KernelContext, type KernelDescriptor } from './kernel.js';
export {
  type DTypeLike,
  type DTypeName,
  type DTypeNames,
  dtypeName,
  elementSize,
  isFloatingType,
  isIntegralType,
  isScalarType,
  parseScalarType,
  ScalarType,
  type ScalarTypeOf,
  scalarTypeName,
  type TypedArray,
  type TypedArrayFor,
  toScalarType,
  typedArrayConstructor,
} from './scalar-type.js';
export { type DataOf, Tensor, type TensorInit } from './tensor.js';
