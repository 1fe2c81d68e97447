/**
 * Internal entry (`@kindling/backend-xnnpack/kernels`) for the kernel microbenchmark and tests:
 * the WebAssembly kernel builds (embedded, so that they load synchronously), their heap, the
 * weight packers and the scalar TypeScript reference GEMM. Not part of the supported API.
 *
 * @internal
 * @module kernels
 */
import { kernelModuleBytes } from './embedded.js';
import {
  engineSupports,
  forceKernelVariant,
  type KernelVariant,
  type LoadedModule,
  preferredKernelVariant,
} from './kernels.js';

export { fullyConnectedF32 } from '../kernels/fully-connected.js';
export { GEMM_NR, gemmPackedLength, packGemmWeights } from '../kernels/packing.js';
export { embeddedKernels, kernelModuleBytes } from './embedded.js';
export {
  type KernelBuild,
  type KernelExports,
  KernelHeap,
  type KernelVariant,
  type KernelWasmOption,
  type KernelWasmSource,
  type LoadedModule,
  loadKernels,
  preferredKernelVariant,
} from './kernels.js';

const compiled = new Map<string, LoadedModule | null>();

function compileEmbedded(variant: KernelVariant, shared: boolean): LoadedModule | null {
  const key = `${variant}${shared ? '-shared' : ''}`;
  if (compiled.has(key)) return compiled.get(key) ?? null;
  let m: LoadedModule | null = null;
  try {
    const bytes = kernelModuleBytes(variant, shared);
    if (WebAssembly.validate(bytes)) m = { variant, module: new WebAssembly.Module(bytes), shared };
  } catch {
    m = null; // an engine that validates but refuses to compile synchronously
  }
  compiled.set(key, m);
  return m;
}

/**
 * The build the delegate picks here (see `preferredKernelVariant`), compiled synchronously from
 * the embedded bytes; null without WebAssembly SIMD (the TypeScript kernels run).
 */
export function kernelModule(): LoadedModule | null {
  if (typeof WebAssembly !== 'object') return null;
  const variant = preferredKernelVariant();
  return variant ? compileEmbedded(variant, false) : null;
}

/** The shared-memory build of {@link kernelModule}'s variant; null without SIMD, threads or SharedArrayBuffer. */
export function sharedKernelModule(): LoadedModule | null {
  const base = kernelModule();
  if (!base || typeof SharedArrayBuffer !== 'function') return null;
  return compileEmbedded(base.variant, true);
}

/**
 * Overrides the selection for the delegates loaded afterwards (tests and benchmarks): `'ts'`
 * disables the WebAssembly kernels, `'auto'` probes again. Returns the variant now in effect.
 */
export function selectKernelVariant(variant: KernelVariant | 'ts' | 'auto'): KernelVariant | null {
  if (variant !== 'auto' && variant !== 'ts' && !engineSupports(variant))
    throw new Error(`the engine does not accept the ${variant} kernels`);
  forceKernelVariant(variant);
  return preferredKernelVariant();
}
