// ---------------------------------------------------------------------------------------------
// GEMM microkernels: C[mr, nc] = clamp(A[mr, kc] @ panel + bias). `lda`/`ldc` are byte strides.

import { clamp, madd, min_i32, splitAt, storePartial8 } from '../common';
import { ukernel4x8, ukernel6x8 } from './generated/gemm-ukernels';

// The MRx8 microkernels (6x8 for the fused multiply-add build, 4x8 for the other) are
// generated from one template by scripts/gen-asm.mjs into ./generated/gemm-ukernels.ts.

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
