// ---------------------------------------------------------------------------------------------
// GEMM microkernel: C[mr, nc] (int8, row stride `ldc` bytes) from A[mr, kp] (int16, row stride
// `lda` bytes) and one panel. Rows past `mr` alias the last valid row (same values, same place).

import { HEADER, MAGIC_BITS, min32, requantRow, storeBytes } from './common';

function qukernel4x8(
  mr: i32,
  nc: i32,
  kp: i32,
  a: usize,
  lda: usize,
  w: usize,
  c: usize,
  ldc: usize,
  lo: v128,
  hi: v128,
  magic: v128,
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
  let wp = w + HEADER;
  for (let k = kp; k > 0; k -= 2) {
    const b0 = v128.load(wp);
    const b1 = v128.load(wp, 16);
    wp += 32;
    const x0 = v128.load32_splat(a0);
    a0 += 4;
    acc00 = i32x4.add(acc00, i32x4.dot_i16x8_s(x0, b0));
    acc01 = i32x4.add(acc01, i32x4.dot_i16x8_s(x0, b1));
    const x1 = v128.load32_splat(a1);
    a1 += 4;
    acc10 = i32x4.add(acc10, i32x4.dot_i16x8_s(x1, b0));
    acc11 = i32x4.add(acc11, i32x4.dot_i16x8_s(x1, b1));
    const x2 = v128.load32_splat(a2);
    a2 += 4;
    acc20 = i32x4.add(acc20, i32x4.dot_i16x8_s(x2, b0));
    acc21 = i32x4.add(acc21, i32x4.dot_i16x8_s(x2, b1));
    const x3 = v128.load32_splat(a3);
    a3 += 4;
    acc30 = i32x4.add(acc30, i32x4.dot_i16x8_s(x3, b0));
    acc31 = i32x4.add(acc31, i32x4.dot_i16x8_s(x3, b1));
  }
  // The panel's scales and fp32 biases, loaded once for the 4 rows.
  const s0 = v128.load(w, 32);
  const s1 = v128.load(w, 48);
  const f0 = v128.load(w, 64);
  const f1 = v128.load(w, 80);
  // Stored last row first, so aliased rows end with the valid row's (identical) values.
  storeBytes(c3, requantRow(acc30, acc31, s0, s1, f0, f1, lo, hi, magic), nc);
  storeBytes(c2, requantRow(acc20, acc21, s0, s1, f0, f1, lo, hi, magic), nc);
  storeBytes(c1, requantRow(acc10, acc11, s0, s1, f0, f1, lo, hi, magic), nc);
  storeBytes(c0, requantRow(acc00, acc01, s0, s1, f0, f1, lo, hi, magic), nc);
}

/**
 * `C = requantize(A @ W)`: A is `[m, kp]` int16 (row stride `lda` elements, `kp` even), W the
 * panels of `n` output channels, C `[m, n]` int8 (row stride `ldc` bytes). `lo`/`hi` are the
 * output range minus the zero point `zo`.
 */
export function qs8_gemm(
  m: i32,
  n: i32,
  kp: i32,
  a: usize,
  lda: i32,
  w: usize,
  c: usize,
  ldc: i32,
  lo: f32,
  hi: f32,
  zo: i32,
): void {
  const vlo = f32x4.splat(lo);
  const vhi = f32x4.splat(hi);
  const magic = i32x4.splat(MAGIC_BITS - zo);
  const ldaB = (<usize>lda) << 1;
  const ldcB = <usize>ldc;
  const panelBytes = <usize>HEADER + ((<usize>kp) << 4);
  for (let n0 = 0; n0 < n; n0 += 8) {
    const nc = min32(8, n - n0);
    let ap = a;
    let cp = c + <usize>n0;
    for (let m0 = 0; m0 < m; m0 += 4) {
      qukernel4x8(min32(4, m - m0), nc, kp, ap, ldaB, w, cp, ldcB, vlo, vhi, magic);
      ap += ldaB << 2;
      cp += ldcB << 2;
    }
    w += panelBytes;
  }
}
