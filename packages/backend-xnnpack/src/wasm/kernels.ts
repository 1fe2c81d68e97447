/**
 * The WebAssembly SIMD kernels (assembly/kernels.ts): variant selection, instantiation over one
 * `WebAssembly.Memory` per compiled graph, and a bump allocator for what lives in that memory
 * (packed weights at init, then the value arena and the kernels' scratch).
 */
import { KERNELS_RELAXED_SIMD_BASE64, KERNELS_SIMD_BASE64 } from './generated/kernels-wasm.js';

/** The exports of the kernel module (pointers are byte offsets into its memory). */
export interface KernelExports {
  gemm(
    m: number,
    n: number,
    k: number,
    a: number,
    lda: number,
    w: number,
    c: number,
    ldc: number,
    min: number,
    max: number,
  ): void;
  pack_gemm(n: number, k: number, src: number, ldb: number, kn: number, bias: number, dst: number): void;
  conv2d(
    batch: number,
    ih: number,
    iw: number,
    oh: number,
    ow: number,
    kh: number,
    kw: number,
    sh: number,
    sw: number,
    dh: number,
    dw: number,
    padTop: number,
    padLeft: number,
    groups: number,
    gi: number,
    go: number,
    input: number,
    w: number,
    out: number,
    scratch: number,
    rowsPerBlock: number,
    min: number,
    max: number,
  ): void;
  dwconv2d(
    batch: number,
    ih: number,
    iw: number,
    oh: number,
    ow: number,
    channels: number,
    kh: number,
    kw: number,
    sh: number,
    sw: number,
    dh: number,
    dw: number,
    padTop: number,
    padLeft: number,
    input: number,
    w: number,
    out: number,
    min: number,
    max: number,
  ): void;
  binary(op: number, n: number, a: number, b: number, bLen: number, out: number, min: number, max: number): void;
  clampf(n: number, x: number, out: number, min: number, max: number): void;
  peak_madd(iters: number): number;
}

/** Which build of the kernels runs. */
export type KernelVariant = 'relaxed-simd' | 'simd';

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

interface LoadedModule {
  readonly variant: KernelVariant;
  readonly module: WebAssembly.Module;
}

let loaded: LoadedModule | null | undefined;

/** Bytes of one build, for tools that instantiate it themselves (the microbenchmark). */
export function kernelModuleBytes(variant: KernelVariant): Uint8Array<ArrayBuffer> {
  return decodeBase64(variant === 'relaxed-simd' ? KERNELS_RELAXED_SIMD_BASE64 : KERNELS_SIMD_BASE64);
}

/**
 * Picks the build the engine accepts (relaxed SIMD first, then SIMD128) and compiles it once.
 * `null` when the engine has no WebAssembly SIMD: the TypeScript kernels run instead.
 */
export function kernelModule(): LoadedModule | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  if (typeof WebAssembly !== 'object') return loaded;
  for (const variant of ['relaxed-simd', 'simd'] as const) {
    const bytes = kernelModuleBytes(variant);
    if (!WebAssembly.validate(bytes)) continue;
    try {
      loaded = { variant, module: new WebAssembly.Module(bytes) };
      break;
    } catch {
      // An engine that validates but refuses to compile synchronously: try the next build.
    }
  }
  return loaded;
}

/** Overrides the selection (tests and benchmarks): `'ts'` disables the WebAssembly kernels. */
export function selectKernelVariant(variant: KernelVariant | 'ts' | 'auto'): KernelVariant | null {
  if (variant === 'auto') {
    loaded = undefined;
    return kernelModule()?.variant ?? null;
  }
  if (variant === 'ts') {
    loaded = null;
    return null;
  }
  const bytes = kernelModuleBytes(variant);
  if (!WebAssembly.validate(bytes)) throw new Error(`the engine does not accept the ${variant} kernels`);
  loaded = { variant, module: new WebAssembly.Module(bytes) };
  return variant;
}

const PAGE = 65536;
const ALIGN = 16;

/**
 * One instance of the kernels over its own memory. Memory grows only through {@link reserve}
 * (at init and when input shapes change); typed views must be re-taken after it.
 */
export class KernelHeap {
  readonly exports: KernelExports;
  readonly memory: WebAssembly.Memory;
  readonly variant: KernelVariant;
  /** First byte not handed out by {@link alloc} (the arena and scratch go after it). */
  #top = ALIGN;

  constructor(m: LoadedModule) {
    this.memory = new WebAssembly.Memory({ initial: 1 });
    const instance = new WebAssembly.Instance(m.module, { env: { memory: this.memory } });
    this.exports = instance.exports as unknown as KernelExports;
    this.variant = m.variant;
  }

  /** Reserves `bytes` (16-byte aligned) for the graph's lifetime; returns the pointer. */
  alloc(bytes: number): number {
    const ptr = this.#top;
    this.#top = ptr + Math.ceil(bytes / ALIGN) * ALIGN;
    this.reserve(this.#top);
    return ptr;
  }

  /** End of the permanent allocations. */
  get top(): number {
    return this.#top;
  }

  /** Grows the memory to at least `bytes`. */
  reserve(bytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (bytes > have) this.memory.grow(Math.ceil((bytes - have) / PAGE));
  }

  /** A fresh fp32 view (views detach when the memory grows). */
  f32(ptr: number, count: number): Float32Array {
    return new Float32Array(this.memory.buffer, ptr, count);
  }
}
