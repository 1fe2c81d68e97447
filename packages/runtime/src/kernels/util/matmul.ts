/**
 * out[b, i, j] = Σ_p a[b, i, p] * b[b, p, j] for row-major operands, accumulating in double.
 * `aBatchStride`/`bBatchStride` of 0 broadcast an operand over the batch. When `bTransposed`, `b` is
 * laid out as [m, k] (as `linear` weights are).
 */
export function matmul(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  out: Float64Array,
  batch: number,
  n: number,
  k: number,
  m: number,
  aBatchStride: number,
  bBatchStride: number,
  bTransposed = false,
): void {
  const row = new Float64Array(m);
  for (let bi = 0; bi < batch; bi++) {
    const ab = bi * aBatchStride;
    const bb = bi * bBatchStride;
    const ob = bi * n * m;
    for (let i = 0; i < n; i++) {
      const arow = ab + i * k;
      if (bTransposed) {
        for (let j = 0; j < m; j++) {
          const brow = bb + j * k;
          let acc = 0;
          for (let p = 0; p < k; p++) acc += (a[arow + p] as number) * (b[brow + p] as number);
          out[ob + i * m + j] = acc;
        }
        continue;
      }
      row.fill(0);
      for (let p = 0; p < k; p++) {
        const av = a[arow + p] as number;
        const brow = bb + p * m;
        for (let j = 0; j < m; j++) row[j] = (row[j] as number) + av * (b[brow + j] as number);
      }
      out.set(row, ob + i * m);
    }
  }
}
