/**
 * Weight layouts of the WebAssembly kernels (assembly/), packed once at init.
 *
 * GEMM panels: for each block of {@link GEMM_NR} output columns, `GEMM_NR` bias values followed by
 * `k` rows of `GEMM_NR` weights; columns past `n` are zero.
 */

/** Output columns per GEMM panel (the microkernel's tile width). */
export const GEMM_NR = 8;

/** Floats of the packed panels of an `n x k` GEMM. */
export function gemmPackedLength(n: number, k: number): number {
  return Math.ceil(n / GEMM_NR) * GEMM_NR * (k + 1);
}

/**
 * Packs `weights` into GEMM panels at `out[outOffset...]`: `weights` is `[n, k]` (row `j` at
 * `offset + j * k`) or, with `kn`, `[k, n]` (row `p` at `offset + p * n`). `bias` `[n]` or null.
 */
export function packGemmWeights(
  weights: Float32Array,
  offset: number,
  n: number,
  k: number,
  kn: boolean,
  bias: Float32Array | null,
  out: Float32Array,
  outOffset: number,
): void {
  let d = outOffset;
  for (let n0 = 0; n0 < n; n0 += GEMM_NR) {
    const nc = Math.min(GEMM_NR, n - n0);
    for (let j = 0; j < GEMM_NR; j++) out[d + j] = bias && j < nc ? (bias[n0 + j] as number) : 0;
    d += GEMM_NR;
    for (let p = 0; p < k; p++) {
      for (let j = 0; j < GEMM_NR; j++) {
        out[d + j] = j < nc ? (weights[kn ? offset + p * n + n0 + j : offset + (n0 + j) * k + p] as number) : 0;
      }
      d += GEMM_NR;
    }
  }
}

/** Floats of packed depthwise weights: a bias row and `taps` rows, channels rounded up to 4. */
export function depthwisePackedLength(taps: number, channels: number): number {
  return (taps + 1) * Math.ceil(channels / 4) * 4;
}

/** Packs `[taps, channels]` depthwise weights and `bias` into `[1 + taps][channels rounded to 4]`. */
export function packDepthwiseWeights(
  weights: Float32Array,
  bias: Float32Array | null,
  taps: number,
  channels: number,
  out: Float32Array,
): void {
  const cp = Math.ceil(channels / 4) * 4;
  out.fill(0, 0, (taps + 1) * cp);
  for (let c = 0; c < channels; c++) out[c] = bias ? (bias[c] as number) : 0;
  for (let t = 0; t < taps; t++)
    for (let c = 0; c < channels; c++) out[(t + 1) * cp + c] = weights[t * channels + c] as number;
}

/**
 * Output pixels gathered per im2col block of a convolution with `k` = kh * kw * groupIn: a
 * multiple of 12 (whole 4- and 6-row GEMM tiles), at most about 256 KiB of gathered input (kept
 * in L2 while every weight panel passes over it), between 12 and 120 rows. Larger blocks mean
 * fewer passes over the weights, which dominate for deep layers with few pixels.
 */
export function convRowsPerBlock(k: number): number {
  const rows = Math.floor(65536 / Math.max(k, 1) / 12) * 12;
  return Math.min(Math.max(rows, 12), 120);
}
