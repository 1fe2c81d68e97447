/**
 * Fully connected layer and batched matrix multiply (fp32), register-blocked 4 columns at a time.
 * The output clamp is `v < min ? min : v > max ? max : v`: a NaN stays NaN, as in XNNPACK's kernels.
 */

/**
 * `out[m, n] = clamp(sum_k input[m, k] * weights[n, k] + bias[n], min, max)`: `input` is
 * `[rows, k]`, `weights` `[n, k]` (PyTorch's linear layout), `bias` `[n]` or `null`.
 *
 * Accumulates as XNNPACK's fp32 GEMM microkernels do on CPUs with fused multiply-add: one float32
 * accumulator per output, starting from the bias, updated `acc = fma(x, w, acc)` for k = 0, 1, ...
 * in order. The product of two float32 values is exact in a double, so `fround(acc + x * w)` rounds
 * the fused result once more than the hardware does (only a double-rounding tie, very rare, differs).
 * Dynamically quantized models quantize the outputs of these products (batch matrix multiplies in
 * attention), so their rounding has to follow XNNPACK's.
 */
export function fullyConnectedF32(
  input: Float32Array,
  weights: Float32Array,
  bias: Float32Array | null,
  out: Float32Array,
  rows: number,
  k: number,
  n: number,
  min: number,
  max: number,
): void {
  const n4 = n - (n % 4);
  for (let m = 0; m < rows; m++) {
    const xo = m * k;
    const oo = m * n;
    let j = 0;
    for (; j < n4; j += 4) {
      const w0 = j * k;
      const w1 = w0 + k;
      const w2 = w1 + k;
      const w3 = w2 + k;
      let a0 = bias ? (bias[j] as number) : 0;
      let a1 = bias ? (bias[j + 1] as number) : 0;
      let a2 = bias ? (bias[j + 2] as number) : 0;
      let a3 = bias ? (bias[j + 3] as number) : 0;
      for (let p = 0; p < k; p++) {
        const x = input[xo + p] as number;
        a0 = Math.fround(a0 + x * (weights[w0 + p] as number));
        a1 = Math.fround(a1 + x * (weights[w1 + p] as number));
        a2 = Math.fround(a2 + x * (weights[w2 + p] as number));
        a3 = Math.fround(a3 + x * (weights[w3 + p] as number));
      }
      out[oo + j] = a0 < min ? min : a0 > max ? max : a0;
      out[oo + j + 1] = a1 < min ? min : a1 > max ? max : a1;
      out[oo + j + 2] = a2 < min ? min : a2 > max ? max : a2;
      out[oo + j + 3] = a3 < min ? min : a3 > max ? max : a3;
    }
    for (; j < n; j++) {
      const w = j * k;
      let a = bias ? (bias[j] as number) : 0;
      for (let p = 0; p < k; p++) a = Math.fround(a + (input[xo + p] as number) * (weights[w + p] as number));
      out[oo + j] = a < min ? min : a > max ? max : a;
    }
  }
}

/** Transposes a row-major `[rows, cols]` matrix into `out` (`[cols, rows]`). */
function transpose2d(input: Float32Array, inOffset: number, rows: number, cols: number, out: Float32Array): void {
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) out[c * rows + r] = input[inOffset + r * cols + c] as number;
}

/**
 * Batched `out[b] = a[b] @ bMat[b]` with `a` `[batch, m, k]` and `bMat` `[batch, k, n]` (or
 * `[batch, n, k]` when `transposeB`). `aBatchStride`/`bBatchStride` of 0 broadcast one matrix to
 * every batch. `scratch` holds at least `k * n` elements (used to transpose B to `[n, k]`).
 */
export function batchMatMulF32(
  a: Float32Array,
  bMat: Float32Array,
  out: Float32Array,
  batch: number,
  m: number,
  k: number,
  n: number,
  aBatchStride: number,
  bBatchStride: number,
  transposeB: boolean,
  scratch: Float32Array,
): void {
  for (let b = 0; b < batch; b++) {
    const bOff = b * bBatchStride;
    let weights: Float32Array;
    if (transposeB) weights = bMat.subarray(bOff, bOff + n * k);
    else {
      transpose2d(bMat, bOff, k, n, scratch);
      weights = scratch;
    }
    const aOff = b * aBatchStride;
    fullyConnectedF32(
      a.subarray(aOff, aOff + m * k),
      weights,
      null,
      out.subarray(b * m * n, (b + 1) * m * n),
      m,
      k,
      n,
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    );
  }
}
