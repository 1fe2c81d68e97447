/** Softmax over the innermost dimension (fp32). */

/** `out = softmax(input)` over rows of `channels` elements; `rows * channels` elements in all. */
export function softmaxF32(input: Float32Array, out: Float32Array, rows: number, channels: number): void {
  for (let r = 0; r < rows; r++) {
    const base = r * channels;
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < channels; c++) {
      const v = input[base + c] as number;
      if (v > max) max = v;
    }
    let sum = 0;
    for (let c = 0; c < channels; c++) {
      const e = Math.exp((input[base + c] as number) - max);
      out[base + c] = e;
      sum += e;
    }
    const inv = 1 / sum;
    for (let c = 0; c < channels; c++) out[base + c] = (out[base + c] as number) * inv;
  }
}
