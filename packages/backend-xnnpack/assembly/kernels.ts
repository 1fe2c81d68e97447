// Kindling's fp32 WebAssembly kernels (AssemblyScript, explicit SIMD128).
//
// Compiled twice by scripts/build-wasm.mjs: with `--enable simd` and with `--enable relaxed-simd`
// (ASC_FEATURE_RELAXED_SIMD then selects f32x4.relaxed_madd). Every pointer is a byte offset into
// the imported memory; the runtime owns the layout (packed weights, arena, scratch). No function
// allocates. The scalar TypeScript kernels in src/kernels are the reference of each function here.
//
// Packed GEMM weights ("panels"): for each block of NR = 8 output columns, 8 bias floats followed
// by K rows of 8 weights (columns past N are zero), so the microkernel reads B contiguously.

// ---------------------------------------------------------------------------------------------
// Multiply-add: fused where the engine offers relaxed SIMD, else multiply then add.

function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(c, f32x4.mul(a, b));
}

// `v < lo ? lo : v > hi ? hi : v`, lane-wise (pmax/pmin keep `v` when it is NaN).
function clamp(v: v128, lo: v128, hi: v128): v128 {
  return f32x4.pmin(hi, f32x4.pmax(lo, v));
}

// Stores the first `n` (< 8) lanes of the 8-lane pair (v0, v1) at `p`.
function storePartial8(p: usize, v0: v128, v1: v128, n: i32): void {
  let v = v0;
  if (n & 4) {
    v128.store(p, v0);
    v = v1;
    p += 16;
  }
  if (n & 2) {
    v128.store64_lane(p, v, 0);
    v = v128.shuffle<f32>(v, v, 2, 3, 2, 3);
    p += 8;
  }
  if (n & 1) v128.store32_lane(p, v, 0);
}

// Stores the first `n` (< 4) lanes of `v` at `p`.
function storePartial4(p: usize, v: v128, n: i32): void {
  if (n & 2) {
    v128.store64_lane(p, v, 0);
    v = v128.shuffle<f32>(v, v, 2, 3, 2, 3);
    p += 8;
  }
  if (n & 1) v128.store32_lane(p, v, 0);
}

// ---------------------------------------------------------------------------------------------
// GEMM microkernels: C[mr, nc] = clamp(A[mr, kc] @ panel + bias). `lda`/`ldc` are byte strides.

// 6 rows x 8 columns: 12 f32x4 accumulators. Rows past `mr` alias the last valid row (they compute
// the same values and store to the same place), so one kernel serves every mr in 1..6.
function ukernel6x8(
  mr: i32,
  nc: i32,
  kc: i32,
  a: usize,
  lda: usize,
  w: usize,
  c: usize,
  ldc: usize,
  lo: v128,
  hi: v128,
): void {
  let a0 = a;
  const c0 = c;
  let a1 = a0 + lda;
  let c1 = c0 + ldc;
  if (mr < 2) {
    a1 = a0;
    c1 = c0;
  }
  let a2 = a1 + lda;
  let c2 = c1 + ldc;
  if (mr <= 2) {
    a2 = a1;
    c2 = c1;
  }
  let a3 = a2 + lda;
  let c3 = c2 + ldc;
  if (mr < 4) {
    a3 = a2;
    c3 = c2;
  }
  let a4 = a3 + lda;
  let c4 = c3 + ldc;
  if (mr <= 4) {
    a4 = a3;
    c4 = c3;
  }
  let a5 = a4 + lda;
  let c5 = c4 + ldc;
  if (mr < 6) {
    a5 = a4;
    c5 = c4;
  }
  let acc00 = v128.load(w);
  let acc01 = v128.load(w, 16);
  let acc10 = acc00;
  let acc11 = acc01;
  let acc20 = acc00;
  let acc21 = acc01;
  let acc30 = acc00;
  let acc31 = acc01;
  let acc40 = acc00;
  let acc41 = acc01;
  let acc50 = acc00;
  let acc51 = acc01;
  w += 32;
  for (let k = kc; k > 0; k--) {
    const b0 = v128.load(w);
    const b1 = v128.load(w, 16);
    w += 32;
    const v0 = v128.load32_splat(a0);
    a0 += 4;
    acc00 = madd(v0, b0, acc00);
    acc01 = madd(v0, b1, acc01);
    const v1 = v128.load32_splat(a1);
    a1 += 4;
    acc10 = madd(v1, b0, acc10);
    acc11 = madd(v1, b1, acc11);
    const v2 = v128.load32_splat(a2);
    a2 += 4;
    acc20 = madd(v2, b0, acc20);
    acc21 = madd(v2, b1, acc21);
    const v3 = v128.load32_splat(a3);
    a3 += 4;
    acc30 = madd(v3, b0, acc30);
    acc31 = madd(v3, b1, acc31);
    const v4 = v128.load32_splat(a4);
    a4 += 4;
    acc40 = madd(v4, b0, acc40);
    acc41 = madd(v4, b1, acc41);
    const v5 = v128.load32_splat(a5);
    a5 += 4;
    acc50 = madd(v5, b0, acc50);
    acc51 = madd(v5, b1, acc51);
  }
  acc00 = clamp(acc00, lo, hi);
  acc01 = clamp(acc01, lo, hi);
  acc10 = clamp(acc10, lo, hi);
  acc11 = clamp(acc11, lo, hi);
  acc20 = clamp(acc20, lo, hi);
  acc21 = clamp(acc21, lo, hi);
  acc30 = clamp(acc30, lo, hi);
  acc31 = clamp(acc31, lo, hi);
  acc40 = clamp(acc40, lo, hi);
  acc41 = clamp(acc41, lo, hi);
  acc50 = clamp(acc50, lo, hi);
  acc51 = clamp(acc51, lo, hi);
  if (nc === 8) {
    v128.store(c5, acc50);
    v128.store(c5, acc51, 16);
    v128.store(c4, acc40);
    v128.store(c4, acc41, 16);
    v128.store(c3, acc30);
    v128.store(c3, acc31, 16);
    v128.store(c2, acc20);
    v128.store(c2, acc21, 16);
    v128.store(c1, acc10);
    v128.store(c1, acc11, 16);
    v128.store(c0, acc00);
    v128.store(c0, acc01, 16);
  } else {
    storePartial8(c5, acc50, acc51, nc);
    storePartial8(c4, acc40, acc41, nc);
    storePartial8(c3, acc30, acc31, nc);
    storePartial8(c2, acc20, acc21, nc);
    storePartial8(c1, acc10, acc11, nc);
    storePartial8(c0, acc00, acc01, nc);
  }
}

// 4 rows x 8 columns: 8 f32x4 accumulators (the multiply-then-add build: fewer live registers). Rows past `mr` alias the last valid row (they compute
// the same values and store to the same place), so one kernel serves every mr in 1..4.
function ukernel4x8(
  mr: i32,
  nc: i32,
  kc: i32,
  a: usize,
  lda: usize,
  w: usize,
  c: usize,
  ldc: usize,
  lo: v128,
  hi: v128,
): void {
  let a0 = a;
  const c0 = c;
  let a1 = a0 + lda;
  let c1 = c0 + ldc;
  if (mr < 2) {
    a1 = a0;
    c1 = c0;
  }
  let a2 = a1 + lda;
  let c2 = c1 + ldc;
  if (mr <= 2) {
    a2 = a1;
    c2 = c1;
  }
  let a3 = a2 + lda;
  let c3 = c2 + ldc;
  if (mr < 4) {
    a3 = a2;
    c3 = c2;
  }
  let acc00 = v128.load(w);
  let acc01 = v128.load(w, 16);
  let acc10 = acc00;
  let acc11 = acc01;
  let acc20 = acc00;
  let acc21 = acc01;
  let acc30 = acc00;
  let acc31 = acc01;
  w += 32;
  for (let k = kc; k > 0; k--) {
    const b0 = v128.load(w);
    const b1 = v128.load(w, 16);
    w += 32;
    const v0 = v128.load32_splat(a0);
    a0 += 4;
    acc00 = madd(v0, b0, acc00);
    acc01 = madd(v0, b1, acc01);
    const v1 = v128.load32_splat(a1);
    a1 += 4;
    acc10 = madd(v1, b0, acc10);
    acc11 = madd(v1, b1, acc11);
    const v2 = v128.load32_splat(a2);
    a2 += 4;
    acc20 = madd(v2, b0, acc20);
    acc21 = madd(v2, b1, acc21);
    const v3 = v128.load32_splat(a3);
    a3 += 4;
    acc30 = madd(v3, b0, acc30);
    acc31 = madd(v3, b1, acc31);
  }
  acc00 = clamp(acc00, lo, hi);
  acc01 = clamp(acc01, lo, hi);
  acc10 = clamp(acc10, lo, hi);
  acc11 = clamp(acc11, lo, hi);
  acc20 = clamp(acc20, lo, hi);
  acc21 = clamp(acc21, lo, hi);
  acc30 = clamp(acc30, lo, hi);
  acc31 = clamp(acc31, lo, hi);
  if (nc === 8) {
    v128.store(c3, acc30);
    v128.store(c3, acc31, 16);
    v128.store(c2, acc20);
    v128.store(c2, acc21, 16);
    v128.store(c1, acc10);
    v128.store(c1, acc11, 16);
    v128.store(c0, acc00);
    v128.store(c0, acc01, 16);
  } else {
    storePartial8(c3, acc30, acc31, nc);
    storePartial8(c2, acc20, acc21, nc);
    storePartial8(c1, acc10, acc11, nc);
    storePartial8(c0, acc00, acc01, nc);
  }
}

// 1 row x 8 columns with K unrolled by 4 into independent accumulators (matrix-vector products
// are bound by loading B; the extra chains hide the add latency).
function ukernel1x8(nc: i32, kc: i32, a: usize, w: usize, c: usize, lo: v128, hi: v128): void {
  let acc0 = v128.load(w);
  let acc1 = v128.load(w, 16);
  let acc2 = f32x4.splat(0);
  let acc3 = acc2;
  let acc4 = acc2;
  let acc5 = acc2;
  let acc6 = acc2;
  let acc7 = acc2;
  w += 32;
  let k = kc;
  for (; k >= 4; k -= 4) {
    const va = v128.load(a);
    a += 16;
    const v0 = v128.shuffle<f32>(va, va, 0, 0, 0, 0);
    const v1 = v128.shuffle<f32>(va, va, 1, 1, 1, 1);
    const v2 = v128.shuffle<f32>(va, va, 2, 2, 2, 2);
    const v3 = v128.shuffle<f32>(va, va, 3, 3, 3, 3);
    acc0 = madd(v0, v128.load(w), acc0);
    acc1 = madd(v0, v128.load(w, 16), acc1);
    acc2 = madd(v1, v128.load(w, 32), acc2);
    acc3 = madd(v1, v128.load(w, 48), acc3);
    acc4 = madd(v2, v128.load(w, 64), acc4);
    acc5 = madd(v2, v128.load(w, 80), acc5);
    acc6 = madd(v3, v128.load(w, 96), acc6);
    acc7 = madd(v3, v128.load(w, 112), acc7);
    w += 128;
  }
  for (; k > 0; k--) {
    const v = v128.load32_splat(a);
    a += 4;
    acc0 = madd(v, v128.load(w), acc0);
    acc1 = madd(v, v128.load(w, 16), acc1);
    w += 32;
  }
  acc0 = f32x4.add(f32x4.add(acc0, acc2), f32x4.add(acc4, acc6));
  acc1 = f32x4.add(f32x4.add(acc1, acc3), f32x4.add(acc5, acc7));
  acc0 = clamp(acc0, lo, hi);
  acc1 = clamp(acc1, lo, hi);
  if (nc === 8) {
    v128.store(c, acc0);
    v128.store(c, acc1, 16);
  } else storePartial8(c, acc0, acc1, nc);
}

/**
 * `C[m, n] = clamp(A[m, k] @ W + bias, min, max)` with W packed by `pack_gemm` (or the TypeScript
 * packer). `lda`/`ldc` are element strides of A's and C's rows.
 */
export function gemm(
  m: i32,
  n: i32,
  k: i32,
  a: usize,
  lda: i32,
  w: usize,
  c: usize,
  ldc: i32,
  min: f32,
  max: f32,
): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const ldaB = (<usize>lda) << 2;
  const ldcB = (<usize>ldc) << 2;
  const panelBytes = (<usize>(8 + k * 8)) << 2;
  if (m === 1) {
    for (let n0 = 0; n0 < n; n0 += 8) {
      ukernel1x8(min_i32(8, n - n0), k, a, w, c + ((<usize>n0) << 2), lo, hi);
      w += panelBytes;
    }
    return;
  }
  // 6x8 tiles with fused multiply-add; 4x8 where multiply and add are separate instructions
  // (12 accumulators plus temporaries would spill on 16 vector registers).
  const MR = ASC_FEATURE_RELAXED_SIMD ? 6 : 4;
  // Panels are taken in blocks of about 128 KiB of packed weights (kept in L2); within a block,
  // each tile of MR rows of A (kept in L1) meets every panel, so A is streamed once per block
  // and C is written row tile by row tile. Every output element is computed the same way in any
  // order, so the blocking does not change results.
  const panels = (n + 7) >> 3;
  let blockPanels = <i32>(<usize>131072 / panelBytes);
  if (blockPanels < 1) blockPanels = 1;
  for (let pb = 0; pb < panels; pb += blockPanels) {
    const pe = min_i32(panels, pb + blockPanels);
    let ap = a;
    let cRow = c;
    for (let m0 = 0; m0 < m; m0 += MR) {
      const mr = min_i32(MR, m - m0);
      let wp = w + <usize>pb * panelBytes;
      for (let p = pb; p < pe; p++) {
        const n0 = p << 3;
        const nc = min_i32(8, n - n0);
        const cp = cRow + ((<usize>n0) << 2);
        if (mr === 1) ukernel1x8(nc, k, ap, wp, cp, lo, hi);
        else if (ASC_FEATURE_RELAXED_SIMD) ukernel6x8(mr, nc, k, ap, ldaB, wp, cp, ldcB, lo, hi);
        else ukernel4x8(mr, nc, k, ap, ldaB, wp, cp, ldcB, lo, hi);
        wp += panelBytes;
      }
      ap += ldaB * MR;
      cRow += ldcB * MR;
    }
  }
}

function min_i32(a: i32, b: i32): i32 {
  return a < b ? a : b;
}

// ---------------------------------------------------------------------------------------------
// Work splitting for the thread pool: `part` of `parts` (0 <= part < parts) computes a disjoint
// range of output tiles, each exactly as the whole call computes it (same microkernel, same
// accumulation order), so the union of all parts is bit-identical to the single call.

/** Start of part `part` when `count` items are split into `parts` near-equal ranges. */
function splitAt(count: i32, part: i32, parts: i32): i32 {
  return <i32>((<i64>count * <i64>part) / <i64>parts);
}

/**
 * Part `part` of {@link gemm}: blocks of MR rows (the microkernel's tiles) when there are enough,
 * else panels of 8 columns.
 */
export function gemm_part(
  m: i32,
  n: i32,
  k: i32,
  a: usize,
  lda: i32,
  w: usize,
  c: usize,
  ldc: i32,
  min: f32,
  max: f32,
  part: i32,
  parts: i32,
): void {
  const MR = ASC_FEATURE_RELAXED_SIMD ? 6 : 4;
  const rowTiles = m === 1 ? 1 : (m + MR - 1) / MR;
  const panels = (n + 7) >> 3;
  if (rowTiles >= panels || rowTiles >= parts * 2) {
    const t0 = splitAt(rowTiles, part, parts);
    const t1 = splitAt(rowTiles, part + 1, parts);
    if (t1 <= t0) return;
    const r0 = t0 * MR;
    const r1 = min_i32(m, t1 * MR);
    gemm(
      r1 - r0,
      n,
      k,
      a + <usize>r0 * ((<usize>lda) << 2),
      lda,
      w,
      c + <usize>r0 * ((<usize>ldc) << 2),
      ldc,
      min,
      max,
    );
    return;
  }
  const p0 = splitAt(panels, part, parts);
  const p1 = splitAt(panels, part + 1, parts);
  if (p1 <= p0) return;
  const panelBytes = (<usize>(8 + k * 8)) << 2;
  const n0 = p0 << 3;
  const n1 = min_i32(n, p1 << 3);
  gemm(m, n1 - n0, k, a, lda, w + <usize>p0 * panelBytes, c + ((<usize>n0) << 2), ldc, min, max);
}

/**
 * Packs B into GEMM panels at `dst`: B is `[n, k]` at `src` (row stride `ldb` elements) or, when
 * `kn` is 1, `[k, n]` (row stride `ldb`). `bias` is `[n]` or 0 for none.
 */
export function pack_gemm(n: i32, k: i32, src: usize, ldb: i32, kn: i32, bias: usize, dst: usize): void {
  const ld = <usize>ldb;
  for (let n0 = 0; n0 < n; n0 += 8) {
    const nc = min_i32(8, n - n0);
    for (let j = 0; j < 8; j++)
      store<f32>(dst + ((<usize>j) << 2), bias !== 0 && j < nc ? load<f32>(bias + ((<usize>(n0 + j)) << 2)) : 0);
    dst += 32;
    for (let p = 0; p < k; p++) {
      if (kn !== 0 && nc === 8) {
        v128.store(dst, v128.load(src + ((<usize>p * ld + <usize>n0) << 2)));
        v128.store(dst, v128.load(src + ((<usize>p * ld + <usize>n0 + 4) << 2)), 16);
      } else {
        for (let j = 0; j < 8; j++) {
          let v: f32 = 0;
          if (j < nc) {
            const col = <usize>(n0 + j);
            v =
              kn !== 0 ? load<f32>(src + ((<usize>p * ld + col) << 2)) : load<f32>(src + ((col * ld + <usize>p) << 2));
          }
          store<f32>(dst + ((<usize>j) << 2), v);
        }
      }
      dst += 32;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Batched matrix multiply of two activations: `out[b] = A[b] @ B[b]`, A `[m, k]`, B `[k, n]` or
// (`transB` != 0) `[n, k]`; a batch stride of 0 repeats one matrix. Each batch's B is packed into
// GEMM panels in `scratch` (`(n rounded up to 8) * (k + 1)` floats), then multiplied.

/** Part `part` of `parts` of the batched matrix multiply (ranges of batches, each with its own scratch). */
export function bmm_part(
  batch: i32,
  m: i32,
  k: i32,
  n: i32,
  a: usize,
  aStride: i32,
  b: usize,
  bStride: i32,
  transB: i32,
  out: usize,
  scratch: usize,
  part: i32,
  parts: i32,
): void {
  const b0 = splitAt(batch, part, parts);
  const b1 = splitAt(batch, part + 1, parts);
  for (let i = b0; i < b1; i++) {
    const bp = b + ((<usize>i * <usize>bStride) << 2);
    pack_gemm(n, k, bp, transB !== 0 ? k : n, transB !== 0 ? 0 : 1, 0, scratch);
    gemm(
      m,
      n,
      k,
      a + ((<usize>i * <usize>aStride) << 2),
      k,
      scratch,
      out + ((<usize>i * <usize>m * <usize>n) << 2),
      n,
      -Infinity,
      Infinity,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Convolution (NHWC): blocks of output pixels are gathered into `scratch` (im2col, K ordered
// [ky][kx][ci] like the OHWI filter) and multiplied by the packed filter of each group. A 1x1,
// stride-1, unpadded convolution reads the input in place.

/** Copies `bytes` (a multiple of 4) from `src` to `dst`; short blocks without a memory.copy call. */
function copyBytes(dst: usize, src: usize, bytes: usize): void {
  if (bytes >= 256) {
    memory.copy(dst, src, bytes);
    return;
  }
  let i: usize = 0;
  for (; i + 16 <= bytes; i += 16) v128.store(dst + i, v128.load(src + i));
  for (; i < bytes; i += 4) store<u32>(dst + i, load<u32>(src + i));
}

/** Zeroes `bytes` (a multiple of 4) at `dst`. */
function fillZero(dst: usize, bytes: usize): void {
  if (bytes >= 256) {
    memory.fill(dst, 0, bytes);
    return;
  }
  let i: usize = 0;
  for (; i + 16 <= bytes; i += 16) v128.store(dst + i, i32x4.splat(0));
  for (; i < bytes; i += 4) store<u32>(dst + i, 0);
}

/**
 * Convolution with filter panels from `pack_gemm` per group (group g's panels start at
 * `w + g * groupPanelBytes`). `rowsPerBlock` output pixels are gathered per block into `scratch`
 * (`rowsPerBlock * kh * kw * gi` floats).
 */
export function conv2d(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  groups: i32,
  gi: i32,
  go: i32,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  rowsPerBlock: i32,
  min: f32,
  max: f32,
): void {
  conv2d_part(
    batch,
    ih,
    iw,
    oh,
    ow,
    kh,
    kw,
    sh,
    sw,
    dh,
    dw,
    padTop,
    padLeft,
    groups,
    gi,
    go,
    input,
    w,
    out,
    scratch,
    rowsPerBlock,
    min,
    max,
    0,
    1,
  );
}

/**
 * Part `part` of {@link conv2d}: the in-place 1x1 case splits like {@link gemm_part}; the gathered
 * case splits the blocks of `rowsPerBlock` output pixels (each part gathers into its own `scratch`).
 */
export function conv2d_part(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  groups: i32,
  gi: i32,
  go: i32,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  rowsPerBlock: i32,
  min: f32,
  max: f32,
  part: i32,
  parts: i32,
): void {
  const inC = groups * gi;
  const outC = groups * go;
  const kk = kh * kw * gi;
  const groupPanelBytes = (<usize>(((go + 7) >> 3) * (8 + kk * 8))) << 2;
  const pixels = oh * ow;
  const direct =
    kh === 1 && kw === 1 && sh === 1 && sw === 1 && padTop === 0 && padLeft === 0 && oh === ih && ow === iw;
  if (direct) {
    const rows = batch * pixels;
    for (let g = 0; g < groups; g++) {
      gemm_part(
        rows,
        go,
        gi,
        input + ((<usize>(g * gi)) << 2),
        inC,
        w + <usize>g * groupPanelBytes,
        out + ((<usize>(g * go)) << 2),
        outC,
        min,
        max,
        part,
        parts,
      );
    }
    return;
  }
  const blocksPerImage = (pixels + rowsPerBlock - 1) / rowsPerBlock;
  const blocks = batch * blocksPerImage;
  // Few blocks (deep layers with few pixels): every part gathers each block itself and computes
  // its share of the output panels; otherwise parts take whole blocks.
  const byPanels = parts > 1 && blocks < parts;
  const panels = (go + 7) >> 3;
  const q0 = byPanels ? splitAt(panels, part, parts) : 0;
  const q1 = byPanels ? splitAt(panels, part + 1, parts) : panels;
  if (q1 <= q0) return;
  const b0 = byPanels ? 0 : splitAt(blocks, part, parts);
  const b1 = byPanels ? blocks : splitAt(blocks, part + 1, parts);
  const panelBytes = (<usize>(8 + kk * 8)) << 2;
  const n0 = q0 << 3;
  const nc = min_i32(go, q1 << 3) - n0;
  for (let blk = b0; blk < b1; blk++) {
    const b = blk / blocksPerImage;
    const p0 = (blk - b * blocksPerImage) * rowsPerBlock;
    const inImage = input + ((<usize>(b * ih * iw * inC)) << 2);
    const outImage = out + ((<usize>(b * pixels * outC)) << 2);
    const rows = min_i32(rowsPerBlock, pixels - p0);
    for (let g = 0; g < groups; g++) {
      im2col(inImage, scratch, p0, rows, g, groups, gi, ih, iw, ow, kh, kw, sh, sw, dh, dw, padTop, padLeft);
      gemm(
        rows,
        nc,
        kk,
        scratch,
        kk,
        w + <usize>g * groupPanelBytes + <usize>q0 * panelBytes,
        outImage + ((<usize>(p0 * outC + g * go + n0)) << 2),
        outC,
        min,
        max,
      );
    }
  }
}

/**
 * Gathers output pixels [p0, p0 + rows) of group `g` as rows of `[kh][kw][gi]` into `dst` (zeros
 * for taps in the padding). Without groups and dilation the kw taps of a kernel row are contiguous
 * in the input, and move as one block when all are inside it.
 */
function im2col(
  inImage: usize,
  dst: usize,
  p0: i32,
  rows: i32,
  g: i32,
  groups: i32,
  gi: i32,
  ih: i32,
  iw: i32,
  ow: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
): void {
  const inC = groups * gi;
  const rowBytes = (<usize>gi) << 2;
  const tapRowBytes = rowBytes * <usize>kw;
  const contiguous = groups === 1 && dw === 1;
  for (let r = 0; r < rows; r++) {
    const p = p0 + r;
    const oy = p / ow;
    const ox = p - oy * ow;
    const ix0 = ox * sw - padLeft;
    const rowInside = ix0 >= 0 && ix0 + (kw - 1) * dw < iw;
    for (let y = 0; y < kh; y++) {
      const iy = oy * sh - padTop + y * dh;
      if (iy < 0 || iy >= ih) {
        fillZero(dst, tapRowBytes);
        dst += tapRowBytes;
        continue;
      }
      const rowBase = inImage + ((<usize>(iy * iw * inC + g * gi)) << 2);
      if (contiguous && rowInside) {
        copyBytes(dst, rowBase + ((<usize>(ix0 * inC)) << 2), tapRowBytes);
        dst += tapRowBytes;
        continue;
      }
      for (let x = 0; x < kw; x++) {
        const ix = ix0 + x * dw;
        if (ix < 0 || ix >= iw) fillZero(dst, rowBytes);
        else copyBytes(dst, rowBase + ((<usize>(ix * inC)) << 2), rowBytes);
        dst += rowBytes;
      }
    }
  }
}

/**
 * Depthwise convolution, channel multiplier 1. Weights packed as `[1 + kh * kw][cp]` floats
 * (row 0 the bias, `cp` = channels rounded up to 4, zero padded).
 */
export function dwconv2d(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  channels: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  input: usize,
  w: usize,
  out: usize,
  min: f32,
  max: f32,
): void {
  dwconv2d_part(
    batch,
    ih,
    iw,
    oh,
    ow,
    channels,
    kh,
    kw,
    sh,
    sw,
    dh,
    dw,
    padTop,
    padLeft,
    input,
    w,
    out,
    min,
    max,
    0,
    1,
  );
}

/**
 * Channels [c0, channels) of output pixel (oy, ox) of a depthwise convolution, skipping taps that
 * fall in the padding (the general path: borders, and channel counts that are not a multiple of 4).
 */
function dwPixel(
  c0: i32,
  channels: i32,
  ih: i32,
  iw: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  oy: i32,
  ox: i32,
  inImage: usize,
  w: usize,
  o: usize,
  lo: v128,
  hi: v128,
): void {
  const cp = (channels + 3) & ~3;
  const wRow = (<usize>cp) << 2;
  const c4 = channels & ~3;
  const rem = channels - c4;
  const pixelBytes = (<usize>channels) << 2;
  // Taps inside the input: y in [ya, yb), x in [xa, xb) (the others read padding and are skipped).
  const ya = firstInside(padTop - oy * sh, dh);
  const yb = endInside(ih - 1 + padTop - oy * sh, dh, kh, ya);
  const xa = firstInside(padLeft - ox * sw, dw);
  const xb = endInside(iw - 1 + padLeft - ox * sw, dw, kw, xa);
  const iy0 = oy * sh - padTop;
  const ix0 = ox * sw - padLeft;
  const rowStep = <usize>(dh * iw) * pixelBytes;
  const xd = <usize>dw * pixelBytes;
  const first = inImage + <usize>((iy0 + ya * dh) * iw + ix0 + xa * dw) * pixelBytes;
  const wFirst = w + wRow * <usize>(1 + ya * kw + xa);
  const wRowStep = wRow * <usize>kw;
  let c = c0;
  for (; c < c4; c += 4) {
    const cb = (<usize>c) << 2;
    let acc = v128.load(w + cb);
    let ir = first + cb;
    let wr = wFirst + cb;
    for (let y = ya; y < yb; y++) {
      let ip = ir;
      let wp = wr;
      for (let x = xa; x < xb; x++) {
        acc = madd(v128.load(ip), v128.load(wp), acc);
        ip += xd;
        wp += wRow;
      }
      ir += rowStep;
      wr += wRowStep;
    }
    v128.store(o + cb, clamp(acc, lo, hi));
  }
  if (rem !== 0) {
    const cb = (<usize>c4) << 2;
    let acc = v128.load(w + cb);
    let ir = first + cb;
    let wr = wFirst + cb;
    for (let y = ya; y < yb; y++) {
      let ip = ir;
      let wp = wr;
      for (let x = xa; x < xb; x++) {
        // Lanes past the channel count stay 0 (their weights are 0 too).
        let v = v128.load32_zero(ip);
        if (rem > 1) v = v128.load32_lane(ip + 4, v, 1);
        if (rem > 2) v = v128.load32_lane(ip + 8, v, 2);
        acc = madd(v, v128.load(wp), acc);
        ip += xd;
        wp += wRow;
      }
      ir += rowStep;
      wr += wRowStep;
    }
    storePartial4(o + cb, clamp(acc, lo, hi), rem);
  }
}

/** First tap index t >= 0 with `t * step >= before` (taps before it fall in the leading padding). */
function firstInside(before: i32, step: i32): i32 {
  return before <= 0 ? 0 : (before + step - 1) / step;
}

/** One past the last tap index t < taps with `t * step <= room`, at least `from`. */
function endInside(room: i32, step: i32, taps: i32, from: i32): i32 {
  if (room < 0) return from;
  const end = min_i32(taps, room / step + 1);
  return end < from ? from : end;
}

/**
 * Interior pixels [ox0, ox1) of one output row (every tap inside the input), channels [0, c4),
 * per group of 4 channels. 3x3 kernels keep their nine weight vectors in registers while the row
 * streams past; other sizes read the weights per tap. `row0` points at input row `iy` (the first
 * tap row), pixel 0. Taps accumulate in the general path's order (bias, then row by row), so
 * results are the same as {@link dwPixel}'s.
 */
function dwInteriorRow(
  c4: i32,
  channels: i32,
  iw: i32,
  kh: i32,
  kw: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padLeft: i32,
  ox0: i32,
  ox1: i32,
  row0: usize,
  w: usize,
  outRow: usize,
  lo: v128,
  hi: v128,
): void {
  const cp = (channels + 3) & ~3;
  const wRow = (<usize>cp) << 2;
  const pixelBytes = (<usize>channels) << 2;
  const rowStep = <usize>(dh * iw) * pixelBytes;
  const xd = <usize>dw * pixelBytes;
  const step = <usize>sw * pixelBytes;
  const xStart = <usize>(ox0 * sw - padLeft) * pixelBytes;
  const is3x3 = kh === 3 && kw === 3;
  for (let c = 0; c < c4; c += 4) {
    const cb = (<usize>c) << 2;
    const bias = v128.load(w + cb);
    let i0 = row0 + xStart + cb;
    let o = outRow + <usize>ox0 * pixelBytes + cb;
    if (is3x3) {
      const wp = w + wRow + cb;
      const w0 = v128.load(wp);
      const w1 = v128.load(wp + wRow);
      const w2 = v128.load(wp + wRow * 2);
      const w3 = v128.load(wp + wRow * 3);
      const w4 = v128.load(wp + wRow * 4);
      const w5 = v128.load(wp + wRow * 5);
      const w6 = v128.load(wp + wRow * 6);
      const w7 = v128.load(wp + wRow * 7);
      const w8 = v128.load(wp + wRow * 8);
      for (let ox = ox0; ox < ox1; ox++) {
        const i1 = i0 + rowStep;
        const i2 = i1 + rowStep;
        let acc = madd(v128.load(i0), w0, bias);
        acc = madd(v128.load(i0 + xd), w1, acc);
        acc = madd(v128.load(i0 + xd * 2), w2, acc);
        acc = madd(v128.load(i1), w3, acc);
        acc = madd(v128.load(i1 + xd), w4, acc);
        acc = madd(v128.load(i1 + xd * 2), w5, acc);
        acc = madd(v128.load(i2), w6, acc);
        acc = madd(v128.load(i2 + xd), w7, acc);
        acc = madd(v128.load(i2 + xd * 2), w8, acc);
        v128.store(o, clamp(acc, lo, hi));
        i0 += step;
        o += pixelBytes;
      }
      continue;
    }
    for (let ox = ox0; ox < ox1; ox++) {
      let acc = bias;
      let wp = w + wRow + cb;
      let ir = i0;
      for (let y = 0; y < kh; y++) {
        let ip = ir;
        for (let x = 0; x < kw; x++) {
          acc = madd(v128.load(ip), v128.load(wp), acc);
          ip += xd;
          wp += wRow;
        }
        ir += rowStep;
      }
      v128.store(o, clamp(acc, lo, hi));
      i0 += step;
      o += pixelBytes;
    }
  }
}

/** Part `part` of {@link dwconv2d}: a range of output rows (over batch x height). */
export function dwconv2d_part(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  channels: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  input: usize,
  w: usize,
  out: usize,
  min: f32,
  max: f32,
  part: i32,
  parts: i32,
): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const c4 = channels & ~3;
  const pixelBytes = (<usize>channels) << 2;
  // Output columns whose taps all lie inside the input: [oxL, oxR).
  let oxL = (padLeft + sw - 1) / sw;
  if (oxL > ow) oxL = ow;
  const last = iw - 1 + padLeft - (kw - 1) * dw;
  let oxR = last < 0 ? 0 : last / sw + 1;
  if (oxR > ow) oxR = ow;
  if (oxR < oxL) oxR = oxL;
  const r0 = splitAt(batch * oh, part, parts);
  const r1 = splitAt(batch * oh, part + 1, parts);
  for (let r = r0; r < r1; r++) {
    const b = r / oh;
    const oy = r - b * oh;
    const inImage = input + ((<usize>(b * ih * iw * channels)) << 2);
    const outRow = out + <usize>r * <usize>ow * pixelBytes;
    const iy0 = oy * sh - padTop;
    const interiorRow = iy0 >= 0 && iy0 + (kh - 1) * dh < ih;
    const x0 = interiorRow ? oxL : ow;
    const x1 = interiorRow ? oxR : ow;
    // Border pixels take the general path; the interior runs as one row (its channel tail, if the
    // channel count is not a multiple of 4, then pixel by pixel).
    let ox = 0;
    while (ox < ow) {
      const interior = ox >= x0 && ox < x1;
      if (ox === x0 && interior) {
        const row0 = inImage + <usize>(iy0 * iw) * pixelBytes;
        dwInteriorRow(c4, channels, iw, kh, kw, sw, dh, dw, padLeft, x0, x1, row0, w, outRow, lo, hi);
        if (c4 === channels) {
          ox = x1;
          continue;
        }
      }
      const o = outRow + <usize>ox * pixelBytes;
      dwPixel(
        interior ? c4 : 0,
        channels,
        ih,
        iw,
        kh,
        kw,
        sh,
        sw,
        dh,
        dw,
        padTop,
        padLeft,
        oy,
        ox,
        inImage,
        w,
        o,
        lo,
        hi,
      );
      ox++;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Transcendental unary operators, 4 lanes at a time in fp32. `op` numbers are UnaryOp's in
// src/kernels/unary.ts: 7 exp, 9 sigmoid, 11 GELU. Accuracy: a few fp32 ulps.

/** e^x: x = n ln2 + r (|r| <= ln2 / 2, ln2 split in two for an exact reduction), e^r by its series to r^7, times 2^n. */
function exp4(x: v128): v128 {
  x = f32x4.max(f32x4.min(x, f32x4.splat(88.72283)), f32x4.splat(-87.33654));
  const n = f32x4.nearest(f32x4.mul(x, f32x4.splat(Mathf.LOG2E)));
  let r = f32x4.sub(x, f32x4.mul(n, f32x4.splat(0.693145752)));
  r = f32x4.sub(r, f32x4.mul(n, f32x4.splat(1.428606765e-6)));
  let p = f32x4.splat(1.0 / 5040.0);
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 720.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 120.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 24.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 6.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(0.5));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0));
  // 2^n for n in [-126, 128): the exponent field. n = 128 (x near the top) is split in two halves.
  const ni = i32x4.trunc_sat_f32x4_s(n);
  const half = i32x4.shr_s(ni, 1);
  const s1 = i32x4.shl(i32x4.add(half, i32x4.splat(127)), 23);
  const s2 = i32x4.shl(i32x4.add(i32x4.sub(ni, half), i32x4.splat(127)), 23);
  return f32x4.mul(f32x4.mul(p, s1), s2);
}

/** erfc(z) for z >= 0 (Numerical Recipes' Chebyshev fit, |error| < 1.2e-7 relative to 1). */
function erfc4(z: v128): v128 {
  const t = f32x4.div(f32x4.splat(1), f32x4.add(f32x4.splat(1), f32x4.mul(f32x4.splat(0.5), z)));
  let p = f32x4.splat(0.17087277);
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-0.82215223));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(1.48851587));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-1.13520398));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(0.27886807));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-0.18628806));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(0.09678418));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(0.37409196));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(1.00002368));
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-1.26551223));
  return f32x4.mul(t, exp4(f32x4.sub(p, f32x4.mul(z, z))));
}

function unary4(op: i32, x: v128): v128 {
  if (op === 7) return exp4(x);
  if (op === 9) {
    // 1 / (1 + e^-x) for x >= 0, e^x / (1 + e^x) below (no overflow, no cancellation).
    const e = exp4(f32x4.neg(f32x4.abs(x)));
    const d = f32x4.add(f32x4.splat(1), e);
    return v128.bitselect(f32x4.div(f32x4.splat(1), d), f32x4.div(e, d), f32x4.ge(x, f32x4.splat(0)));
  }
  // 11, GELU: x/2 (1 + erf(x / sqrt 2)) = x/2 erfc(|x| / sqrt 2) below 0, x/2 (2 - erfc) above.
  const c = erfc4(f32x4.mul(f32x4.abs(x), f32x4.splat(Mathf.SQRT1_2)));
  const f = v128.bitselect(f32x4.sub(f32x4.splat(2), c), c, f32x4.ge(x, f32x4.splat(0)));
  return f32x4.mul(f32x4.mul(f32x4.splat(0.5), x), f);
}

/** `out = clamp(op(x), min, max)` for `op` in 7 (exp), 9 (sigmoid), 11 (GELU). */
export function unary_f32(op: i32, n: i32, x: usize, out: usize, min: f32, max: f32): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const n4 = n & ~3;
  let i = 0;
  for (; i < n4; i += 4) {
    const off = (<usize>i) << 2;
    v128.store(out + off, clamp(unary4(op, v128.load(x + off)), lo, hi));
  }
  if (i < n) {
    // The tail, one element per vector.
    const off = (<usize>i) << 2;
    for (let j = 0; j < n - i; j++) {
      const r = clamp(unary4(op, f32x4.splat(load<f32>(x + off + ((<usize>j) << 2)))), lo, hi);
      store<f32>(out + off + ((<usize>j) << 2), f32x4.extract_lane(r, 0));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Max pooling (NHWC, fp32). Padding never contributes; NaN propagates (f32x4.max), then the output
// clamp. (qs8 max pooling is in quantized.ts.)

/** Part `part` of max pooling: a range of output rows (over batch x height). */
export function maxpool2d_part(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  channels: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  input: usize,
  out: usize,
  min: f32,
  max: f32,
  part: i32,
  parts: i32,
): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const pixelBytes = (<usize>channels) << 2;
  const c4 = channels & ~3;
  const r0 = splitAt(batch * oh, part, parts);
  const r1 = splitAt(batch * oh, part + 1, parts);
  for (let r = r0; r < r1; r++) {
    const b = r / oh;
    const oy = r - b * oh;
    const inImage = input + <usize>(b * ih * iw) * pixelBytes;
    let o = out + <usize>r * <usize>ow * pixelBytes;
    for (let ox = 0; ox < ow; ox++) {
      let c = 0;
      for (; c < c4; c += 4) {
        const cb = (<usize>c) << 2;
        let acc = f32x4.splat(-Infinity);
        for (let y = 0; y < kh; y++) {
          const iy = oy * sh - padTop + y * dh;
          if (iy < 0 || iy >= ih) continue;
          const rowBase = inImage + <usize>(iy * iw) * pixelBytes + cb;
          for (let x = 0; x < kw; x++) {
            const ix = ox * sw - padLeft + x * dw;
            if (ix < 0 || ix >= iw) continue;
            acc = f32x4.max(acc, v128.load(rowBase + <usize>ix * pixelBytes));
          }
        }
        v128.store(o + cb, clamp(acc, lo, hi));
      }
      for (; c < channels; c++) {
        const cb = (<usize>c) << 2;
        let acc: f32 = -Infinity;
        for (let y = 0; y < kh; y++) {
          const iy = oy * sh - padTop + y * dh;
          if (iy < 0 || iy >= ih) continue;
          for (let x = 0; x < kw; x++) {
            const ix = ox * sw - padLeft + x * dw;
            if (ix < 0 || ix >= iw) continue;
            const v = load<f32>(inImage + <usize>(iy * iw + ix) * pixelBytes + cb);
            if (v > acc || F32.isNaN(v)) acc = v;
          }
        }
        store<f32>(o + cb, f32x4.extract_lane(clamp(f32x4.splat(acc), lo, hi), 0));
      }
      o += pixelBytes;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Global average pooling (fp32): `[batch, pixels, channels] -> [batch, channels]`, the sum over
// pixels in order, times 1 / pixels, then the output clamp.

export function gavgpool_f32(
  batch: i32,
  pixels: i32,
  channels: i32,
  input: usize,
  out: usize,
  min: f32,
  max: f32,
): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const scale: f32 = pixels > 0 ? <f32>1 / <f32>pixels : 0;
  const vs = f32x4.splat(scale);
  const rowBytes = (<usize>channels) << 2;
  const c4 = channels & ~3;
  for (let b = 0; b < batch; b++) {
    const img = input + <usize>(b * pixels) * rowBytes;
    const o = out + <usize>b * rowBytes;
    let c = 0;
    for (; c < c4; c += 4) {
      const cb = (<usize>c) << 2;
      let acc = f32x4.splat(0);
      let p = img + cb;
      for (let i = 0; i < pixels; i++) {
        acc = f32x4.add(acc, v128.load(p));
        p += rowBytes;
      }
      v128.store(o + cb, clamp(f32x4.mul(acc, vs), lo, hi));
    }
    for (; c < channels; c++) {
      const cb = (<usize>c) << 2;
      let acc: f32 = 0;
      let p = img + cb;
      for (let i = 0; i < pixels; i++) {
        acc += load<f32>(p);
        p += rowBytes;
      }
      store<f32>(o + cb, f32x4.extract_lane(clamp(f32x4.splat(acc * scale), lo, hi), 0));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Dynamically quantized (qd8) fully connected: the integer part. For each row r, output channel j
// and block b of `bs` inputs (bs = k: one block), `out[r][j][b] = Σ_{p in b} x[r][p] * w[j][p]` as
// int32, with x int8 `[m, k]` and w int16 `[n, k]` (weights with their zero point removed, int8 or
// int4 range). Exact, so the order does not matter; the caller applies the input zero point, the
// scales and the bias as XNNPACK does. Products are below 2^15, so k < 2^16 cannot overflow.

export function qd8_dots(m: i32, n: i32, k: i32, bs: i32, x: usize, w: usize, out: usize): void {
  qd8_dots_part(m, n, k, bs, x, w, out, 0, 1);
}

/** Part `part` of `parts` of {@link qd8_dots}: a range of rows. */
export function qd8_dots_part(
  m: i32,
  n: i32,
  k: i32,
  bs: i32,
  x: usize,
  w: usize,
  out: usize,
  part: i32,
  parts: i32,
): void {
  const blocks = bs > 0 ? k / bs : 0;
  const bs8 = bs & ~7;
  const wRow = (<usize>k) << 1;
  const n4 = n & ~3;
  const r1 = splitAt(m, part + 1, parts);
  for (let r = splitAt(m, part, parts); r < r1; r++) {
    const xr = x + <usize>r * <usize>k;
    const o = out + ((<usize>r * <usize>n * <usize>blocks) << 2);
    let j = 0;
    for (; j < n4; j += 4) {
      const w0 = w + <usize>j * wRow;
      const w1 = w0 + wRow;
      const w2 = w1 + wRow;
      const w3 = w2 + wRow;
      for (let b = 0; b < blocks; b++) {
        const p0 = b * bs;
        let a0 = i32x4.splat(0);
        let a1 = i32x4.splat(0);
        let a2 = i32x4.splat(0);
        let a3 = i32x4.splat(0);
        for (let p = p0; p < p0 + bs8; p += 8) {
          const xv = v128.load8x8_s(xr + <usize>p);
          const pb = (<usize>p) << 1;
          a0 = i32x4.add(a0, i32x4.dot_i16x8_s(xv, v128.load(w0 + pb)));
          a1 = i32x4.add(a1, i32x4.dot_i16x8_s(xv, v128.load(w1 + pb)));
          a2 = i32x4.add(a2, i32x4.dot_i16x8_s(xv, v128.load(w2 + pb)));
          a3 = i32x4.add(a3, i32x4.dot_i16x8_s(xv, v128.load(w3 + pb)));
        }
        let s0 = laneSum(a0);
        let s1 = laneSum(a1);
        let s2 = laneSum(a2);
        let s3 = laneSum(a3);
        for (let p = p0 + bs8; p < p0 + bs; p++) {
          const xs = <i32>load<i8>(xr + <usize>p);
          const pb = (<usize>p) << 1;
          s0 += xs * <i32>load<i16>(w0 + pb);
          s1 += xs * <i32>load<i16>(w1 + pb);
          s2 += xs * <i32>load<i16>(w2 + pb);
          s3 += xs * <i32>load<i16>(w3 + pb);
        }
        const bo = (<usize>blocks) << 2;
        const oj = o + ((<usize>(j * blocks + b)) << 2);
        store<i32>(oj, s0);
        store<i32>(oj + bo, s1);
        store<i32>(oj + bo * 2, s2);
        store<i32>(oj + bo * 3, s3);
      }
    }
    for (; j < n; j++) {
      const wj = w + <usize>j * wRow;
      for (let b = 0; b < blocks; b++) {
        const p0 = b * bs;
        let a = i32x4.splat(0);
        for (let p = p0; p < p0 + bs8; p += 8)
          a = i32x4.add(a, i32x4.dot_i16x8_s(v128.load8x8_s(xr + <usize>p), v128.load(wj + ((<usize>p) << 1))));
        let sum = laneSum(a);
        for (let p = p0 + bs8; p < p0 + bs; p++)
          sum += <i32>load<i8>(xr + <usize>p) * <i32>load<i16>(wj + ((<usize>p) << 1));
        store<i32>(o + ((<usize>(j * blocks + b)) << 2), sum);
      }
    }
  }
}

/**
 * Gathers output pixels [p0, p0 + rows) of one NHWC int8 image as rows of `[kh][kw][inC]` into
 * `dst`, taps in the padding set to `pad` (the input zero point, so they contribute nothing once
 * it is subtracted).
 */
export function im2col_i8(
  ih: i32,
  iw: i32,
  inC: i32,
  ow: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  p0: i32,
  rows: i32,
  image: usize,
  pad: i32,
  dst: usize,
): void {
  const c = <usize>inC;
  for (let r = 0; r < rows; r++) {
    const p = p0 + r;
    const oy = p / ow;
    const ox = p - oy * ow;
    for (let y = 0; y < kh; y++) {
      const iy = oy * sh - padTop + y * dh;
      for (let x = 0; x < kw; x++) {
        const ix = ox * sw - padLeft + x * dw;
        if (iy < 0 || iy >= ih || ix < 0 || ix >= iw) memory.fill(dst, <u8>pad, c);
        else memory.copy(dst, image + <usize>(iy * iw + ix) * c, c);
        dst += c;
      }
    }
  }
}

function laneSum(v: v128): i32 {
  return i32x4.extract_lane(v, 0) + i32x4.extract_lane(v, 1) + i32x4.extract_lane(v, 2) + i32x4.extract_lane(v, 3);
}

// ---------------------------------------------------------------------------------------------
// Data movement.

/**
 * `[outer, rows, cols, inner] -> [outer, cols, rows, inner]` for elements of `innerBytes` bytes
 * (the `inner` block moves as one). The runtime reduces every transpose that is a swap of two
 * blocks of dims to this form. Blocks of 16 source rows are walked column by column, so each
 * source cache line is reused for consecutive columns.
 */
export function transpose4(outer: i32, rows: i32, cols: i32, innerBytes: i32, src: usize, dst: usize): void {
  const ib = <usize>innerBytes;
  const srcRow = <usize>cols * ib;
  const dstRow = <usize>rows * ib;
  const plane = <usize>rows * srcRow;
  for (let o = 0; o < outer; o++) {
    const s = src + <usize>o * plane;
    const d = dst + <usize>o * plane;
    for (let r0 = 0; r0 < rows; r0 += 16) {
      const n = min_i32(16, rows - r0);
      for (let c = 0; c < cols; c++) {
        let sp = s + <usize>r0 * srcRow + <usize>c * ib;
        let dp = d + <usize>c * dstRow + <usize>r0 * ib;
        if (ib === 4) {
          for (let r = 0; r < n; r++) {
            store<u32>(dp, load<u32>(sp));
            sp += srcRow;
            dp += 4;
          }
        } else if (ib === 1) {
          for (let r = 0; r < n; r++) {
            store<u8>(dp, load<u8>(sp));
            sp += srcRow;
            dp += 1;
          }
        } else {
          for (let r = 0; r < n; r++) {
            memory.copy(dp, sp, ib);
            sp += srcRow;
            dp += ib;
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Element-wise fp32 with the fused output clamp. `op`: 0 add, 1 subtract, 2 multiply, 3 divide,
// 4 minimum, 5 maximum. `b` has `bLen` elements repeated over `a` (`n` a multiple of `bLen`):
// `bLen` = n is element-wise, 1 a scalar, the channel count a per-channel operand.

function apply4(op: i32, x: v128, y: v128): v128 {
  if (op === 0) return f32x4.add(x, y);
  if (op === 1) return f32x4.sub(x, y);
  if (op === 2) return f32x4.mul(x, y);
  if (op === 3) return f32x4.div(x, y);
  if (op === 4) return f32x4.min(x, y);
  return f32x4.max(x, y);
}

function apply1(op: i32, x: f32, y: f32): f32 {
  if (op === 0) return x + y;
  if (op === 1) return x - y;
  if (op === 2) return x * y;
  if (op === 3) return x / y;
  if (op === 4) return Mathf.min(x, y);
  return Mathf.max(x, y);
}

export function binary(op: i32, n: i32, a: usize, b: usize, bLen: i32, out: usize, min: f32, max: f32): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  if (bLen === 1) {
    const y = v128.load32_splat(b);
    const ys = load<f32>(b);
    const n4 = n & ~3;
    let i = 0;
    for (; i < n4; i += 4) {
      const off = (<usize>i) << 2;
      v128.store(out + off, clamp(apply4(op, v128.load(a + off), y), lo, hi));
    }
    for (; i < n; i++) {
      const off = (<usize>i) << 2;
      const r = apply1(op, load<f32>(a + off), ys);
      store<f32>(out + off, r < min ? min : r > max ? max : r);
    }
    return;
  }
  const m4 = bLen & ~3;
  const blockBytes = (<usize>bLen) << 2;
  for (let base = 0; base < n; base += bLen) {
    let j = 0;
    for (; j < m4; j += 4) {
      const off = (<usize>j) << 2;
      v128.store(out + off, clamp(apply4(op, v128.load(a + off), v128.load(b + off)), lo, hi));
    }
    for (; j < bLen; j++) {
      const off = (<usize>j) << 2;
      const r = apply1(op, load<f32>(a + off), load<f32>(b + off));
      store<f32>(out + off, r < min ? min : r > max ? max : r);
    }
    a += blockBytes;
    out += blockBytes;
  }
}

/** `out = clamp(x, min, max)` (also ReLU / ReLU6 / copy). */
export function clampf(n: i32, x: usize, out: usize, min: f32, max: f32): void {
  const lo = f32x4.splat(min);
  const hi = f32x4.splat(max);
  const n4 = n & ~3;
  let i = 0;
  for (; i < n4; i += 4) {
    const off = (<usize>i) << 2;
    v128.store(out + off, clamp(v128.load(x + off), lo, hi));
  }
  for (; i < n; i++) {
    const off = (<usize>i) << 2;
    const r = load<f32>(x + off);
    store<f32>(out + off, r < min ? min : r > max ? max : r);
  }
}

// ---------------------------------------------------------------------------------------------
// Peak probe for the microbenchmark: `iters` rounds of 12 independent f32x4 multiply-adds (the
// same operation the GEMM microkernel issues). Returns a lane sum so nothing is optimised away.

export function peak_madd(iters: i32): f32 {
  const b = f32x4.splat(0.999);
  const a = f32x4.splat(1.0001);
  let x0 = f32x4.splat(1);
  let x1 = f32x4.splat(2);
  let x2 = f32x4.splat(3);
  let x3 = f32x4.splat(4);
  let x4 = f32x4.splat(5);
  let x5 = f32x4.splat(6);
  let x6 = f32x4.splat(7);
  let x7 = f32x4.splat(8);
  let x8 = f32x4.splat(9);
  let x9 = f32x4.splat(10);
  let x10 = f32x4.splat(11);
  let x11 = f32x4.splat(12);
  for (let i = 0; i < iters; i++) {
    x0 = madd(x0, b, a);
    x1 = madd(x1, b, a);
    x2 = madd(x2, b, a);
    x3 = madd(x3, b, a);
    x4 = madd(x4, b, a);
    x5 = madd(x5, b, a);
    x6 = madd(x6, b, a);
    x7 = madd(x7, b, a);
    x8 = madd(x8, b, a);
    x9 = madd(x9, b, a);
    x10 = madd(x10, b, a);
    x11 = madd(x11, b, a);
  }
  const s = f32x4.add(
    f32x4.add(f32x4.add(f32x4.add(x0, x1), f32x4.add(x2, x3)), f32x4.add(f32x4.add(x4, x5), f32x4.add(x6, x7))),
    f32x4.add(f32x4.add(x8, x9), f32x4.add(x10, x11)),
  );
  return f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1) + f32x4.extract_lane(s, 2) + f32x4.extract_lane(s, 3);
}
export * from './quantized';
