/**
 * The WebAssembly SIMD kernels (assembly/): variant selection, instantiation over one
 * `WebAssembly.Memory` per compiled graph, and a bump allocator for what lives in that memory
 * (packed weights at init, then the value arena and the kernels' scratch).
 */
import {
  KERNELS_RELAXED_SIMD_BASE64,
  KERNELS_RELAXED_SIMD_SHARED_BASE64,
  KERNELS_SIMD_BASE64,
  KERNELS_SIMD_SHARED_BASE64,
} from './generated/kernels-wasm.js';

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
  /** 1 when any of the `n` fp32 values at `x` is NaN. */
  has_nan_f32(n: number, x: number): number;
  peak_madd(iters: number): number;
  /** Part `part` of `parts` of {@link KernelExports.gemm} (disjoint output tiles). */
  gemm_part(
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
    part: number,
    parts: number,
  ): void;
  /** Part `part` of `parts` of {@link KernelExports.conv2d}; `scratch` is the part's own. */
  conv2d_part(...args: number[]): void;
  /** Part `part` of `parts` of {@link KernelExports.dwconv2d} (ranges of output rows). */
  dwconv2d_part(...args: number[]): void;
  /**
   * Statically quantized GEMM (assembly/qs8/): `c` (int8, row stride `ldc` bytes) from `a`
   * (int16 inputs minus their zero point, `[m, kp]`, row stride `lda` elements) and qs8 panels `w`;
   * `lo`/`hi` are the output range minus the output zero point `zo`.
   */
  qs8_gemm(
    m: number,
    n: number,
    kp: number,
    a: number,
    lda: number,
    w: number,
    c: number,
    ldc: number,
    lo: number,
    hi: number,
    zo: number,
  ): void;
  /** Statically quantized NHWC convolution (one group) over qs8 panels; `scratch` gathers pixel blocks. */
  qs8_conv2d(
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
    inC: number,
    outC: number,
    zx: number,
    input: number,
    w: number,
    out: number,
    scratch: number,
    rowsPerBlock: number,
    lo: number,
    hi: number,
    zo: number,
  ): void;
  /** Part `part` of `parts` of {@link KernelExports.qs8_conv2d}; `scratch` is the part's own. */
  qs8_conv2d_part(...args: number[]): void;
  /**
   * Statically quantized depthwise convolution (channel multiplier 1) over packed qs8 weights;
   * `zeroRow` holds `channels` bytes of the input zero point (read for taps outside the image).
   */
  qs8_dwconv2d(
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
    zeroRow: number,
    input: number,
    w: number,
    out: number,
    scratch: number,
    lo: number,
    hi: number,
    zo: number,
  ): void;
  /** Part `part` of `parts` of {@link KernelExports.qs8_dwconv2d} (ranges of output rows; `scratch` is the part's own). */
  qs8_dwconv2d_part(...args: number[]): void;
  /**
   * qs8 fixed-point addition: `out = clamp(((bias + a * am + b * bm) >> shift) + zo, qmin, qmax)`
   * over `n` elements of `a`, `b` repeated every `bLen` elements.
   */
  qs8_add(
    n: number,
    a: number,
    am: number,
    b: number,
    bLen: number,
    bm: number,
    bias: number,
    shift: number,
    zo: number,
    qmin: number,
    qmax: number,
    out: number,
  ): void;
  /**
   * qs8 multiplication: `roundEven(clamp(fp32((a - za) * (b - zb)) * scale, lo, hi)) + zo` over `n`
   * elements of `a`, `b` repeated every `bLen` elements; `lo`/`hi` are the output range minus `zo`.
   */
  qs8_mul(
    n: number,
    a: number,
    za: number,
    b: number,
    bLen: number,
    zb: number,
    scale: number,
    lo: number,
    hi: number,
    zo: number,
    out: number,
  ): void;
  /**
   * qs8 global average pooling of `[batch, pixels, channels]`: `fp32(sum + bias) * scale` clamped to
   * `[lo, hi]`, rounded to nearest even, plus `zo`.
   */
  qs8_global_avgpool(
    batch: number,
    pixels: number,
    channels: number,
    input: number,
    bias: number,
    scale: number,
    lo: number,
    hi: number,
    zo: number,
    out: number,
  ): void;
  /** qs8 -> fp32: `fp32(x - zp) * scale`. */
  qs8_dequantize(n: number, x: number, zp: number, scale: number, out: number): void;
  /** fp32 hard swish, computed in f64 as the TypeScript kernel does (`x * min(max(x + 3, 0), 6) / 6`). */
  hardswish_f32(n: number, x: number, out: number): void;
  /** fp32 -> qs8: `clamp(roundEven(fp32(x * inv)) + zp, qmin, qmax)`, NaN as 0. */
  qs8_quantize(n: number, x: number, inv: number, zp: number, qmin: number, qmax: number, out: number): void;
  /** Max pooling of qs8 values (NHWC); an output whose window holds no input pixel is 0. */
  qs8_maxpool2d(
    batch: number,
    ih: number,
    iw: number,
    oh: number,
    ow: number,
    channels: number,
    ph: number,
    pw: number,
    sh: number,
    sw: number,
    dh: number,
    dw: number,
    padTop: number,
    padLeft: number,
    input: number,
    out: number,
  ): void;
  /** Part `part` of `parts` of a batched matrix multiply of activations (ranges of batches). */
  bmm_part(...args: number[]): void;
  /**
   * {@link KernelExports.bmm_part} bit-identical to the TypeScript `batchMatMulF32` (accumulation
   * in doubles rounded to fp32 after every step): the SIMD128 build's batched matrix multiply.
   */
  bmm_exact_part(...args: number[]): void;
  /** `out = clamp(op(x))` for UnaryOp Exp (7), Sigmoid (9) and Gelu (11). */
  unary_f32(op: number, n: number, x: number, out: number, min: number, max: number): void;
  /** Mean over pixels of `[batch, pixels, channels]` (fp32 sum, times 1 / pixels), clamped. */
  gavgpool_f32(
    batch: number,
    pixels: number,
    channels: number,
    input: number,
    out: number,
    min: number,
    max: number,
  ): void;
  /** Part `part` of `parts` of fp32 max pooling (ranges of output rows). */
  maxpool2d_part(...args: number[]): void;
  /**
   * int32 `out[m][n][k / bs]`: dot products of int8 `x[m][k]` and int16 `w[n][k]` over each block of
   * `bs` inputs (`bs` = k: one per channel), the integer part of the qd8 GEMMs.
   */
  qd8_dots(m: number, n: number, k: number, bs: number, x: number, w: number, out: number): void;
  /** Part `part` of `parts` of {@link KernelExports.qd8_dots} (ranges of rows). */
  qd8_dots_part(...args: number[]): void;
  /** int8 im2col of output pixels `[p0, p0 + rows)` of one NHWC image, padding filled with `pad`. */
  im2col_i8(...args: number[]): void;
  /** `[outer, rows, cols, inner] -> [outer, cols, rows, inner]`, `inner` being `innerBytes` bytes. */
  transpose4(outer: number, rows: number, cols: number, innerBytes: number, src: number, dst: number): void;
  /**
   * Row-wise fp32 softmax (`out` may be `x`): the maximum, `e^(x - max)` (a few ulps) summed in
   * fp32, times `1 / sum` (assembly/f32/softmax.ts; reference src/kernels/softmax.ts).
   */
  softmax_f32(rows: number, channels: number, x: number, out: number): void;
  /** Part `part` of `parts` of {@link KernelExports.softmax_f32} (ranges of rows). */
  softmax_f32_part(...args: number[]): void;
  /**
   * fp32 outputs `[rows, n]` of a qd8 GEMM with per-channel weights from the int32 dot products of
   * {@link KernelExports.qd8_dots}: bit-identical to `qDynamicRowFromDots` (src/kernels/quantized-gemm.ts).
   * `zx` (int32) and `sx` (fp32) hold each row's input zero point and scale; `bias` 0 for none.
   */
  qd8_emit(
    rows: number,
    n: number,
    dots: number,
    rowSums: number,
    scales: number,
    bias: number,
    zx: number,
    sx: number,
    out: number,
    min: number,
    max: number,
  ): void;
  /**
   * Fused qd8 x per-channel (int8 / int4) GEMM to fp32 (assembly/qd8/gemm-qc.ts): bit-identical to
   * `qFullyConnected` (dynamic); `rowSums`, `scales`, `bias` (0: none) per channel, `zx`/`sx` per row.
   */
  qd8_gemm_qc(
    m: number,
    n: number,
    k: number,
    x: number,
    w: number,
    rowSums: number,
    scales: number,
    bias: number,
    zx: number,
    sx: number,
    out: number,
    min: number,
    max: number,
  ): void;
  /** Part `part` of `parts` of {@link KernelExports.qd8_gemm_qc} (ranges of (row, 4-channel group) items). */
  qd8_gemm_qc_part(...args: number[]): void;
  /**
   * Fused qd8 x blockwise-int4 GEMM to fp32 (assembly/qd8/gemm-qb4w.ts): bit-identical to
   * `qFullyConnectedBlockwise` when `|block dot product| < 2^24`; `scales` packed by
   * `packQb4wScales`, `zx`/`sx` one per row, `bias` 0 for none.
   */
  qd8_gemm_qb4w(
    m: number,
    n: number,
    k: number,
    bs: number,
    x: number,
    w: number,
    scales: number,
    ksums: number,
    bias: number,
    zx: number,
    sx: number,
    out: number,
    min: number,
    max: number,
  ): void;
  /** Part `part` of `parts` of {@link KernelExports.qd8_gemm_qb4w} (ranges of (row, 4-channel group) items). */
  qd8_gemm_qb4w_part(...args: number[]): void;
  /**
   * Dynamic quantization of `rows` fp32 rows of `cols` values to int8 (`out`), each row's scale
   * (fp32) and zero point (int32) written at `scales`/`zeroPoints`: identical to `quantizeDynamicRows`.
   */
  qd8_quantize_rows(rows: number, cols: number, x: number, out: number, scales: number, zeroPoints: number): void;
  /**
   * Scaled dot-product attention (fp32, assembly/f32/attention.ts): query `[bh, t, c]` times the
   * per-channel `scale`, key `[bh, u, c]`, value `[bh, u, d]`, optional additive `mask` `[t, u]`
   * (`maskStride` floats per batch-head, 0 to share it), softmax over u; `scratch` holds c + u
   * floats plus 16 bytes.
   */
  attention_f32(
    bh: number,
    t: number,
    u: number,
    c: number,
    d: number,
    q: number,
    k: number,
    v: number,
    scale: number,
    mask: number,
    maskStride: number,
    out: number,
    scratch: number,
  ): void;
  /** Part `part` of `parts` of {@link KernelExports.attention_f32} (ranges of query rows, own scratch). */
  attention_f32_part(...args: number[]): void;
  /**
   * {@link KernelExports.qd8_emit} for blockwise int4 weights: dots `[rows, n, blocks]`, scales
   * `[n, blocks]`, the per-channel `ksums`; bit-identical to `qFullyConnectedBlockwiseFromDots`.
   */
  qd8_emit_blockwise(
    rows: number,
    n: number,
    blocks: number,
    dots: number,
    scales: number,
    ksums: number,
    bias: number,
    zx: number,
    sx: number,
    out: number,
    min: number,
    max: number,
  ): void;
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
  /** Whether the module imports a shared memory (the thread pool's build). */
  readonly shared?: boolean;
}

let loaded: LoadedModule | null | undefined;

/** Bytes of one build, for tools that instantiate it themselves (the microbenchmark). */
export function kernelModuleBytes(variant: KernelVariant, shared = false): Uint8Array<ArrayBuffer> {
  if (shared)
    return decodeBase64(variant === 'relaxed-simd' ? KERNELS_RELAXED_SIMD_SHARED_BASE64 : KERNELS_SIMD_SHARED_BASE64);
  return decodeBase64(variant === 'relaxed-simd' ? KERNELS_RELAXED_SIMD_BASE64 : KERNELS_SIMD_BASE64);
}

const sharedLoaded = new Map<KernelVariant, LoadedModule | null>();

/**
 * The shared-memory build of the variant {@link kernelModule} picked (same source, same code),
 * compiled once; `null` without WebAssembly SIMD, threads or SharedArrayBuffer.
 */
export function sharedKernelModule(): LoadedModule | null {
  const base = kernelModule();
  if (!base || typeof SharedArrayBuffer !== 'function') return null;
  const cached = sharedLoaded.get(base.variant);
  if (cached !== undefined) return cached;
  let m: LoadedModule | null = null;
  const bytes = kernelModuleBytes(base.variant, true);
  try {
    if (WebAssembly.validate(bytes)) m = { variant: base.variant, module: new WebAssembly.Module(bytes), shared: true };
  } catch {
    m = null;
  }
  sharedLoaded.set(base.variant, m);
  return m;
}

/**
 * A module of one function `() -> v128` whose body is `body` (then `end`): a few bytes that tell
 * whether the engine accepts an instruction, without decoding a kernel build.
 */
function probeModule(body: readonly number[]): Uint8Array<ArrayBuffer> {
  const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const types = [0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b];
  const funcs = [0x03, 0x02, 0x01, 0x00];
  const code = [0x01, body.length + 2, 0x00, ...body, 0x0b];
  return new Uint8Array([...header, ...types, ...funcs, 0x0a, code.length, ...code]);
}

/** `v128.const 0`. */
const V128_ZERO = [0xfd, 0x0c, ...new Array<number>(16).fill(0)];
/** Returns `v128.const 0` (SIMD128). */
const SIMD_PROBE = probeModule(V128_ZERO);
/** Returns `i8x16.relaxed_swizzle` of two zero vectors (relaxed SIMD). */
const RELAXED_SIMD_PROBE = probeModule([...V128_ZERO, ...V128_ZERO, 0xfd, 0x80, 0x02]);

/** Whether the engine accepts the instructions of `variant` (checked on a probe of a few bytes). */
function engineSupports(variant: KernelVariant): boolean {
  return WebAssembly.validate(variant === 'relaxed-simd' ? RELAXED_SIMD_PROBE : SIMD_PROBE);
}

/**
 * Picks the build the engine accepts (relaxed SIMD first, then SIMD128; probed on modules of a
 * few bytes) and decodes and compiles only that one, once. `null` when the engine has no
 * WebAssembly SIMD: the TypeScript kernels run instead.
 */
export function kernelModule(): LoadedModule | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  if (typeof WebAssembly !== 'object') return loaded;
  for (const variant of ['relaxed-simd', 'simd'] as const) {
    if (!engineSupports(variant)) continue;
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
  const bytes = engineSupports(variant) ? kernelModuleBytes(variant) : null;
  if (!bytes || !WebAssembly.validate(bytes)) throw new Error(`the engine does not accept the ${variant} kernels`);
  loaded = { variant, module: new WebAssembly.Module(bytes) };
  return variant;
}

const PAGE = 65536;
const ALIGN = 16;
/** Pages a shared kernel memory may grow to (2 GiB; the module allows 4 GiB). */
const SHARED_MAXIMUM_PAGES = 32768;

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
  readonly #module: WebAssembly.Module;
  #buffer: ArrayBufferLike;

  constructor(m: LoadedModule) {
    this.memory = m.shared
      ? new WebAssembly.Memory({ initial: 1, maximum: SHARED_MAXIMUM_PAGES, shared: true })
      : new WebAssembly.Memory({ initial: 1 });
    const instance = new WebAssembly.Instance(m.module, { env: { memory: this.memory } });
    this.#buffer = this.memory.buffer;
    this.exports = instance.exports as unknown as KernelExports;
    this.variant = m.variant;
    this.#module = m.module;
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
    const have = this.#buffer.byteLength;
    if (bytes > have) {
      this.memory.grow(Math.ceil((bytes - have) / PAGE));
      this.#buffer = this.memory.buffer;
    }
  }

  /**
   * The memory's buffer as of the last growth: every view of the heap is made on it, and a value
   * lives in the heap when its view's buffer is this one. (Engines may hand out a fresh
   * SharedArrayBuffer object for a shared memory's `buffer` now and then; views on an earlier one
   * stay valid since shared memory never detaches, so the heap keeps one object.)
   */
  get buffer(): ArrayBufferLike {
    return this.#buffer;
  }

  /** Whether the memory is shared (a thread pool can run the kernels over it). */
  get shared(): boolean {
    return typeof SharedArrayBuffer === 'function' && this.#buffer instanceof SharedArrayBuffer;
  }

  /** The compiled module (workers instantiate it over the same memory). */
  get module(): WebAssembly.Module {
    return this.#module;
  }

  /** A fresh fp32 view (views detach when the memory grows). */
  f32(ptr: number, count: number): Float32Array {
    return new Float32Array(this.#buffer, ptr, count);
  }
}
