/**
 * Internal entry (`@kindling/backend-xnnpack/kernels`) for the kernel microbenchmark and tests:
 * the WebAssembly kernel builds, their heap, the weight packers and the scalar TypeScript
 * reference GEMM. Not part of the supported API.
 *
 * @internal
 * @packageDocumentation
 */
export { fullyConnectedF32 } from '../kernels/fully-connected.js';
export { GEMM_NR, gemmPackedLength, packGemmWeights } from '../kernels/packing.js';
export {
  type KernelExports,
  KernelHeap,
  type KernelVariant,
  kernelModule,
  kernelModuleBytes,
  selectKernelVariant,
  sharedKernelModule,
} from './kernels.js';
