/** The kernel builds embedded in the JavaScript as base64 (the `./embedded` entry, tests, tools). */
import {
  KERNELS_RELAXED_SIMD_BASE64,
  KERNELS_RELAXED_SIMD_SHARED_BASE64,
  KERNELS_SIMD_BASE64,
  KERNELS_SIMD_SHARED_BASE64,
} from './generated/kernels-wasm.js';
import type { KernelBuild, KernelVariant } from './kernels.js';

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bytes of one build (the same bytes as the shipped `kernels-<name>.wasm`). */
export function kernelModuleBytes(variant: KernelVariant, shared = false): Uint8Array<ArrayBuffer> {
  if (shared)
    return decodeBase64(variant === 'relaxed-simd' ? KERNELS_RELAXED_SIMD_SHARED_BASE64 : KERNELS_SIMD_SHARED_BASE64);
  return decodeBase64(variant === 'relaxed-simd' ? KERNELS_RELAXED_SIMD_BASE64 : KERNELS_SIMD_BASE64);
}

/**
 * The kernel builds inside the JavaScript, for apps that must be one file (no `.wasm` to serve):
 * `xnnpack({ wasm: embeddedKernels })`. Only the build the engine uses is decoded and compiled.
 */
export function embeddedKernels(build: KernelBuild): Uint8Array<ArrayBuffer> {
  return kernelModuleBytes(build.variant, build.shared);
}
