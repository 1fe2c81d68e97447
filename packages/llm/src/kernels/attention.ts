// Scaled dot-product attention as ExecuTorch's `llama::custom_sdpa` family computes it (see sdpa.ts
// for the argument checks). Query rows attend to keys 0..kvLen-1 of the (cache) key/value tensors:
// with `causal`, the query at sequence index s (absolute position startPos + s) attends to keys
// 0..startPos+s only; a float mask is added to the scaled scores. Query head h reads KV head
// floor(h / (H / Hkv)) (grouped-query attention).
import type { Store } from './util.js';

/** One of q, k, v: float values (or int8 codes with per-row zero points and scales) with strides. */
export interface Operand {
  /** Element values (for quantized operands, the int8 codes). */
  readonly data: ArrayLike<number>;
  /** Element strides of the batch, sequence and head dimensions (the head_dim stride is 1). */
  readonly sB: number;
  readonly sS: number;
  readonly sH: number;
  /** Per-row quantization parameters (int8 zero points, float scales) and their strides. */
  readonly quant?: {
    readonly zp: ArrayLike<number>;
    readonly scale: ArrayLike<number>;
    readonly pB: number;
    readonly pS: number;
    readonly pH: number;
  };
}

export interface AttentionShape {
  readonly batch: number;
  /** Query sequence length. */
  readonly seq: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly headDim: number;
  /** Keys considered (the key/value sequence length, or startPos + seq without a mask). */
  readonly kvLen: number;
  readonly startPos: number;
  readonly causal: boolean;
  /** The softmax scale (already rounded to float32). */
  readonly scale: number;
  /** Float mask [seq, kvLen] (row stride `maskStride`), added to the scaled scores. */
  readonly mask: ArrayLike<number> | null;
  readonly maskStride: number;
  /** Rounds the attention weights before they multiply V (fp16/bf16 activations), or null. */
  readonly roundWeights: ((v: number) => number) | null;
}

/** Output strides (batch, sequence, head; head_dim stride 1). */
export interface OutStrides {
  readonly sB: number;
  readonly sS: number;
  readonly sH: number;
}

/** Dequantize row `base` of a (maybe quantized) operand into `dst`. */
function loadRow(o: Operand, b: number, s: number, h: number, dim: number, dst: Float64Array): void {
  const base = b * o.sB + s * o.sS + h * o.sH;
  const d = o.data;
  const q = o.quant;
  if (q === undefined) {
    for (let i = 0; i < dim; i++) dst[i] = d[base + i] as number;
    return;
  }
  const p = b * q.pB + s * q.pS + h * q.pH;
  const zp = q.zp[p] as number;
  const scale = q.scale[p] as number;
  for (let i = 0; i < dim; i++) dst[i] = ((d[base + i] as number) - zp) * scale;
}

/**
 * Computes attention for every (batch, head, query row) and stores the result (rounded by `store`)
 * at the output strides.
 */
export function attention(
  q: Operand,
  k: Operand,
  v: Operand,
  shape: AttentionShape,
  out: OutStrides,
  store: Store,
): void {
  const { batch, seq, heads, kvHeads, headDim: D, kvLen, startPos, causal, scale, mask, maskStride } = shape;
  const reps = heads / kvHeads;
  const qRow = new Float64Array(D);
  const kRow = new Float64Array(D);
  const acc = new Float64Array(D);
  const scores = new Float64Array(kvLen);
  // Keys and values of one (batch, kv head), dequantized once and reused by its query heads.
  const keys = new Float64Array(kvLen * D);
  const values = new Float64Array(kvLen * D);
  const round = shape.roundWeights;
  for (let b = 0; b < batch; b++) {
    for (let hk = 0; hk < kvHeads; hk++) {
      for (let n = 0; n < kvLen; n++) {
        loadRow(k, b, n, hk, D, kRow);
        keys.set(kRow, n * D);
        loadRow(v, b, n, hk, D, kRow);
        values.set(kRow, n * D);
      }
      for (let h = hk * reps; h < (hk + 1) * reps; h++) {
        for (let s = 0; s < seq; s++) {
          loadRow(q, b, s, h, D, qRow);
          const nKeys = causal ? Math.min(startPos + s + 1, kvLen) : kvLen;
          let max = Number.NEGATIVE_INFINITY;
          for (let n = 0; n < nKeys; n++) {
            let dot = 0;
            const kb = n * D;
            for (let i = 0; i < D; i++) dot += (qRow[i] as number) * (keys[kb + i] as number);
            let x = dot * scale;
            if (mask !== null) x += mask[s * maskStride + n] as number;
            scores[n] = x;
            if (x > max) max = x;
          }
          acc.fill(0);
          let sum = 0;
          if (max !== Number.NEGATIVE_INFINITY) {
            for (let n = 0; n < nKeys; n++) {
              const p = Math.exp((scores[n] as number) - max);
              sum += p;
              const w = round === null ? p : round(p);
              if (w === 0) continue;
              const vb = n * D;
              for (let i = 0; i < D; i++) acc[i] = (acc[i] as number) + w * (values[vb + i] as number);
            }
          }
          // A row with nothing to attend to gives 0 * (1 / 0) = NaN, as ExecuTorch's kernel does.
          const inv = 1 / sum;
          const ob = b * out.sB + s * out.sS + h * out.sH;
          for (let i = 0; i < D; i++) store(ob + i, Math.fround((acc[i] as number) * inv));
        }
      }
    }
  }
}
