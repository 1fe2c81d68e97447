/**
 * The WebAssembly SIMD kernels (assembly/): which build the engine runs, loading it (the `.wasm`
 * files shipped beside this module, or what `xnnpack({ wasm })` gives), instantiation over one
 * `WebAssembly.Memory` per workspace, and a bump allocator for what lives in that memory
 * (packed weights at init, then the value arena and the kernels' scratch).
 */
import { ErrorCode, KindlingError } from '@kindling/core';

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
   * {@link KernelExports.qd8_gemm_qb4w} over 4-bit weights packed by `packQb4nWeights` (blocks of
   * a multiple of 32; assembly/qd8/gemm-qb4n.ts), with the same results; `ksums` and `bias` padded
   * to whole groups of 4 channels, `scratch` {@link KernelExports.qd8_gemm_qb4n_scratch} bytes.
   */
  qd8_gemm_qb4n(
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
    scratch: number,
  ): void;
  /** Part `part` of `parts` of {@link KernelExports.qd8_gemm_qb4n} (scratch per thread). */
  qd8_gemm_qb4n_part(...args: number[]): void;
  /** Scratch bytes one thread of {@link KernelExports.qd8_gemm_qb4n} needs for `m` rows. */
  qd8_gemm_qb4n_scratch(m: number, k: number, bs: number): number;
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

/** The file name stem of one build: the variant, `-shared` for the thread pool's build. */
export type KernelBuildName = 'relaxed-simd' | 'simd' | 'relaxed-simd-shared' | 'simd-shared';

/** One build of the kernels, as asked of a {@link KernelWasmOption} function. */
export interface KernelBuild {
  readonly variant: KernelVariant;
  /** Whether it imports a shared memory (the thread pool's build, used with `threads` > 1). */
  readonly shared: boolean;
  /** `variant`, plus `-shared` for the shared build: the stem of its file (`kernels-<name>.wasm`). */
  readonly name: KernelBuildName;
}

/**
 * Where a kernel build comes from: a URL (fetched; `file:` URLs are read from disk in Node, Deno
 * and Bun), a fetch `Response`, the bytes, or a compiled `WebAssembly.Module`.
 */
export type KernelWasmSource = URL | string | Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module;

/**
 * The kernels' WebAssembly for `xnnpack({ wasm })`: one source (used whatever the engine supports;
 * the build it is, named in the file, decides how the kernels run), or a function that returns the
 * source of the build the engine will use (`null`: none; for the shared build, the delegate then
 * runs on one thread).
 */
export type KernelWasmOption =
  | KernelWasmSource
  | ((build: KernelBuild) => KernelWasmSource | null | PromiseLike<KernelWasmSource | null>);

/** A compiled build of the kernels. */
export interface LoadedModule {
  readonly variant: KernelVariant;
  readonly module: WebAssembly.Module;
  /** Whether the module imports a shared memory (the thread pool's build). */
  readonly shared?: boolean;
}

/** Name of the custom section in which the build scripts record which build a module is. */
const KERNEL_BUILD_SECTION = 'kindling.kernels';

const BUILD_NAMES: readonly KernelBuildName[] = ['relaxed-simd', 'simd', 'relaxed-simd-shared', 'simd-shared'];

/** The build called `name` (`variant` plus `-shared`). */
export function kernelBuild(variant: KernelVariant, shared: boolean): KernelBuild {
  return { variant, shared, name: shared ? `${variant}-shared` : variant };
}

/**
 * The URL of a build shipped with this package. Each is written out as `new URL(literal,
 * import.meta.url)` so that bundlers (Vite, webpack 5, Rollup, Parcel) emit the file as an asset.
 */
export function shippedKernelUrl(name: KernelBuildName): URL {
  switch (name) {
    case 'relaxed-simd':
      return new URL('./generated/kernels-relaxed-simd.wasm', import.meta.url);
    case 'simd':
      return new URL('./generated/kernels-simd.wasm', import.meta.url);
    case 'relaxed-simd-shared':
      return new URL('./generated/kernels-relaxed-simd-shared.wasm', import.meta.url);
    default:
      return new URL('./generated/kernels-simd-shared.wasm', import.meta.url);
  }
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

/** Whether the engine accepts the instructions of `variant` (checked on a probe of a few bytes). */
export function engineSupports(variant: KernelVariant): boolean {
  if (typeof WebAssembly !== 'object') return false;
  // relaxed SIMD: `i8x16.relaxed_swizzle` of two zero vectors; SIMD128: `v128.const 0`.
  const body = variant === 'relaxed-simd' ? [...V128_ZERO, ...V128_ZERO, 0xfd, 0x80, 0x02] : V128_ZERO;
  try {
    return WebAssembly.validate(probeModule(body));
  } catch {
    return false;
  }
}

let forced: KernelVariant | 'ts' | undefined;

/**
 * The variant the engine runs best (relaxed SIMD, else SIMD128), null without WebAssembly SIMD
 * (the TypeScript kernels run then), or the one {@link forceKernelVariant} set.
 */
export function preferredKernelVariant(): KernelVariant | null {
  if (forced !== undefined) return forced === 'ts' ? null : forced;
  if (engineSupports('relaxed-simd')) return 'relaxed-simd';
  return engineSupports('simd') ? 'simd' : null;
}

/**
 * Overrides the variant (tests and benchmarks): `'ts'` disables the WebAssembly kernels, `'auto'`
 * goes back to probing. Affects the delegates loaded afterwards.
 */
export function forceKernelVariant(variant: KernelVariant | 'ts' | 'auto'): void {
  forced = variant === 'auto' ? undefined : variant;
}

function wasmError(code: ErrorCode, message: string, source: string, cause?: unknown): KindlingError {
  return new KindlingError(code, `XNNPACK kernels: ${message}`, {
    ...(cause === undefined ? {} : { cause }),
    context: { backend: 'XnnpackBackend', wasm: source },
  });
}

function isResponse(x: unknown): x is Response {
  return typeof Response === 'function' && x instanceof Response;
}

function describeSource(source: KernelWasmSource): string {
  if (source instanceof URL || typeof source === 'string') return String(source);
  if (isResponse(source)) return source.url || 'a Response';
  if (source instanceof WebAssembly.Module) return 'a WebAssembly.Module';
  return `${source.byteLength} bytes`;
}

function isNodeLike(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string' || 'Deno' in globalThis || 'Bun' in globalThis;
}

/** What a relative string is resolved against: the page, or in Node, Deno and Bun the working directory. */
function baseUrl(): string | undefined {
  const g = globalThis as { location?: { href: string }; process?: { cwd?(): string } };
  if (g.location?.href) return g.location.href;
  const cwd = isNodeLike() ? g.process?.cwd?.() : undefined;
  return cwd ? `file://${cwd.startsWith('/') ? '' : '/'}${cwd.replaceAll('\\', '/')}/` : undefined;
}

async function readFileUrl(url: URL): Promise<Uint8Array> {
  // Built at run time so that bundlers for the browser never see (or try to resolve) the module.
  const specifier = ['node', 'fs/promises'].join(':');
  const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as {
    readFile(path: URL): Promise<Uint8Array>;
  };
  return fs.readFile(url);
}

async function compileBytes(bytes: ArrayBuffer | ArrayBufferView, where: string): Promise<WebAssembly.Module> {
  let view = ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
  // WebAssembly.compile takes bytes in an ordinary ArrayBuffer.
  if (!(view.buffer instanceof ArrayBuffer)) view = view.slice();
  if (view.length < 8 || view[0] !== 0 || view[1] !== 0x61 || view[2] !== 0x73 || view[3] !== 0x6d) {
    throw wasmError(ErrorCode.InvalidArgument, `${where} is not WebAssembly (no \\0asm header)`, where);
  }
  try {
    return await WebAssembly.compile(view as Uint8Array<ArrayBuffer>);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw wasmError(
      ErrorCode.NotSupported,
      `${where} does not compile here (${detail}); does the engine support its SIMD instructions?`,
      where,
      e,
    );
  }
}

async function compileResponse(response: Response, where: string): Promise<WebAssembly.Module> {
  if (!response.ok) {
    throw wasmError(ErrorCode.AccessFailed, `cannot fetch ${where}: HTTP ${response.status}`, where);
  }
  const type = response.headers.get('content-type') ?? '';
  if (typeof WebAssembly.compileStreaming === 'function' && type.startsWith('application/wasm')) {
    try {
      return await WebAssembly.compileStreaming(response);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw wasmError(ErrorCode.NotSupported, `${where} does not compile here (${detail})`, where, e);
    }
  }
  return compileBytes(await response.arrayBuffer(), where);
}

/** Compiles one source (fetching or reading it first). */
async function compileSource(source: KernelWasmSource): Promise<WebAssembly.Module> {
  const where = describeSource(source);
  if (source instanceof WebAssembly.Module) return source;
  if (isResponse(source)) return compileResponse(source, where);
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return compileBytes(source, where);
  let url: URL;
  try {
    url = source instanceof URL ? source : new URL(source, baseUrl());
  } catch (e) {
    throw wasmError(ErrorCode.InvalidArgument, `${where} is not a URL`, where, e);
  }
  if (url.protocol === 'file:' && isNodeLike()) {
    let bytes: Uint8Array;
    try {
      bytes = await readFileUrl(url);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw wasmError(ErrorCode.AccessFailed, `cannot read ${where}: ${detail}`, where, e);
    }
    return compileBytes(bytes, where);
  }
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw wasmError(ErrorCode.AccessFailed, `cannot fetch ${where}: ${detail}`, where, e);
  }
  return compileResponse(response, where);
}

/** The build a compiled module says it is (its `kindling.kernels` section). */
function buildOf(module: WebAssembly.Module, where: string): KernelBuild {
  const sections = WebAssembly.Module.customSections(module, KERNEL_BUILD_SECTION);
  const name = sections[0] ? new TextDecoder().decode(sections[0]) : '';
  const found = BUILD_NAMES.find((n) => n === name);
  if (!found) {
    throw wasmError(
      ErrorCode.InvalidArgument,
      `${where} is not a build of Kindling's XNNPACK kernels (no "${KERNEL_BUILD_SECTION}" section naming the build)`,
      where,
    );
  }
  const shared = found.endsWith('-shared');
  return kernelBuild(shared ? (found.slice(0, -'-shared'.length) as KernelVariant) : (found as KernelVariant), shared);
}

/** Compiles `source` and reads which build it is. */
export async function loadKernelSource(source: KernelWasmSource): Promise<LoadedModule> {
  const module = await compileSource(source);
  const build = buildOf(module, describeSource(source));
  return { variant: build.variant, module, shared: build.shared };
}

const shippedCache = new Map<KernelBuildName, Promise<LoadedModule>>();
const optionCache = new WeakMap<object, Map<string, Promise<LoadedModule | null>>>();
const stringCache = new Map<string, Promise<LoadedModule | null>>();

function cached(
  key: object | string,
  build: string,
  load: () => Promise<LoadedModule | null>,
): Promise<LoadedModule | null> {
  let map: Map<string, Promise<LoadedModule | null>>;
  if (typeof key === 'string') map = stringCache;
  else {
    map = optionCache.get(key) ?? new Map();
    optionCache.set(key, map);
  }
  const k = typeof key === 'string' ? `${key}\n${build}` : build;
  let p = map.get(k);
  if (!p) {
    p = load();
    // A failed load is not cached: the next delegate tries again (e.g. after a network error).
    p.catch(() => map.delete(k));
    map.set(k, p);
  }
  return p;
}

/**
 * The kernels a delegate runs: the build `option` gives (default: the file shipped with this
 * package for the variant the engine runs best), compiled once per process and source. `shared`
 * asks for the thread pool's build; null when there is none (the delegate then runs on one
 * thread) or, with the shipped files, when the engine has no WebAssembly SIMD (TypeScript kernels).
 */
export function loadKernels(option: KernelWasmOption | undefined, shared: boolean): Promise<LoadedModule | null> {
  if (typeof WebAssembly !== 'object') return Promise.resolve(null);
  const variant = preferredKernelVariant();
  if (option === undefined) {
    if (!variant) return Promise.resolve(null);
    const build = kernelBuild(variant, shared);
    if (shared && typeof SharedArrayBuffer !== 'function') return Promise.resolve(null);
    let p = shippedCache.get(build.name);
    if (!p) {
      p = loadKernelSource(shippedKernelUrl(build.name)).catch((e: unknown) => {
        // An engine that accepts the relaxed SIMD probe but not the build: the SIMD128 one.
        if (variant !== 'relaxed-simd' || !KindlingError.isInstance(e) || e.code !== ErrorCode.NotSupported) throw e;
        return loadKernelSource(shippedKernelUrl(kernelBuild('simd', shared).name));
      });
      p.catch(() => shippedCache.delete(build.name));
      shippedCache.set(build.name, p);
    }
    return p;
  }
  if (typeof option === 'function') {
    if (!variant) return Promise.resolve(null);
    const build = kernelBuild(variant, shared);
    return cached(option, build.name, async () => {
      const source = await option(build);
      if (source === null || source === undefined) return null;
      const loaded = await loadKernelSource(source);
      if (loaded.variant !== build.variant || (loaded.shared ?? false) !== shared) {
        const where = describeSource(source);
        throw wasmError(
          ErrorCode.InvalidArgument,
          `the wasm option returned the ${loaded.shared ? `${loaded.variant}-shared` : loaded.variant} build for the ${build.name} build`,
          where,
        );
      }
      return loaded;
    });
  }
  // One source for every engine: it is what it says it is; only a shared build serves threads.
  const key = option instanceof URL ? option.href : option;
  return cached(key, '', () => loadKernelSource(option)).then((m) => (shared && !m?.shared ? null : m));
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
  #recorder: Set<string> | undefined;

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

  /**
   * The kernels `names` of this build, for a step to call: taken when the step is built (so a build
   * without one fails then, with a `KindlingError` `OperatorMissing`, never in the middle of a run)
   * and added to the set {@link KernelHeap.recording} collects.
   */
  kernels<N extends keyof KernelExports>(...names: N[]): Pick<KernelExports, N> {
    const all = this.exports as unknown as Record<string, unknown>;
    const missing = names.filter((n) => typeof all[n] !== 'function');
    if (missing.length > 0) {
      throw new KindlingError(
        ErrorCode.OperatorMissing,
        `XNNPACK kernels: the WebAssembly build lacks ${missing.join(', ')}; build it for this program (kindling select --wasm) or use the full build`,
        { context: { backend: 'XnnpackBackend', exports: missing } },
      );
    }
    for (const n of names) this.#recorder?.add(n);
    return this.exports;
  }

  /** Runs `build` (which builds steps), adding the kernels they take to `into`. */
  recording<T>(into: Set<string>, build: () => T): T {
    const previous = this.#recorder;
    this.#recorder = into;
    try {
      return build();
    } finally {
      this.#recorder = previous;
    }
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
