// The WebAssembly SIMD inner loops (assembly/index.ts, embedded by scripts/build-wasm.mjs):
// instantiated synchronously on first use (the module is 2 KB), in their own memory, which grows
// to what a call needs. Engines without WebAssembly SIMD get null and the kernels stay in
// TypeScript.
import type { AttentionShape, Operand, OutStrides } from './attention.js';
import { LLM_WASM_BASE64 } from './generated/llm-wasm.js';
import type { Store } from './util.js';

interface Exports {
  readonly memory: WebAssembly.Memory;
  heap_base(): number;
  attend(
    q: number,
    keys: number,
    values: number,
    stride: number,
    d: number,
    n: number,
    scale: number,
    mask: number,
    scores: number,
    out: number,
  ): void;
  dequant_byte(
    w: number,
    signed: number,
    rows: number,
    dim: number,
    groups: number,
    scales: number,
    zps: number,
    out: number,
  ): void;
  dequant_4bit(w: number, rows: number, dim: number, groups: number, scales: number, zps: number, out: number): void;
}

let instance: Exports | null | undefined;

/** The instantiated module, or null where WebAssembly SIMD is not available. */
export function llmWasm(): Exports | null {
  if (instance !== undefined) return instance;
  instance = null;
  try {
    if (typeof WebAssembly === 'object' && typeof atob === 'function') {
      const bin = atob(LLM_WASM_BASE64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      if (WebAssembly.validate(bytes)) {
        instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as Exports;
      }
    }
  } catch {
    instance = null;
  }
  return instance;
}

/** A bump layout of regions in the module's memory (16-byte aligned), grown to fit. */
class Layout {
  #end: number;
  constructor(wasm: Exports) {
    this.#end = Math.ceil(wasm.heap_base() / 16) * 16;
  }
  take(bytes: number): number {
    const at = this.#end;
    this.#end = at + Math.ceil(bytes / 16) * 16;
    return at;
  }
  /** Grow `memory` to hold everything taken; returns its buffer, or null when it cannot grow that far. */
  commit(memory: WebAssembly.Memory): ArrayBuffer | null {
    const have = memory.buffer.byteLength;
    if (this.#end > have) {
      try {
        memory.grow(Math.ceil((this.#end - have) / 65536));
      } catch {
        return null;
      }
    }
    return memory.buffer;
  }
}

/**
 * {@link attention} for float32 operands (not quantized, weights not rounded), with the per-row loop
 * in WebAssembly SIMD: per batch row, the keys and values used are copied in once, then each query
 * row attends over them. Returns false (having written nothing) when the module's memory cannot grow
 * to hold the operands.
 */
export function attentionWasm(
  wasm: Exports,
  q: Operand,
  k: Operand,
  v: Operand,
  shape: AttentionShape,
  out: OutStrides,
  store: Store,
): boolean {
  const { batch, seq, heads, kvHeads, headDim: D, kvLen, startPos, causal, scale, mask, maskStride } = shape;
  const reps = heads / kvHeads;
  // Extent (in elements) of one batch row of keys/values and of queries.
  const kvExtent = kvLen === 0 ? 0 : (kvLen - 1) * k.sS + (kvHeads - 1) * k.sH + D;
  const vExtent = kvLen === 0 ? 0 : (kvLen - 1) * v.sS + (kvHeads - 1) * v.sH + D;
  const layout = new Layout(wasm);
  const kPtr = layout.take(kvExtent * 4);
  const vPtr = layout.take(vExtent * 4);
  const qPtr = layout.take(D * 4);
  const maskPtr = mask === null ? 0 : layout.take(seq * maskStride * 4);
  const scoresPtr = layout.take(kvLen * 4);
  const outPtr = layout.take(D * 4);
  const buffer = layout.commit(wasm.memory);
  if (buffer === null) return false;
  const f32 = new Float32Array(buffer);
  if (mask !== null) f32.set((mask as Float32Array).subarray(0, seq * maskStride), maskPtr / 4);
  const qData = q.data as Float32Array;
  const kData = k.data as Float32Array;
  const vData = v.data as Float32Array;
  const outRow = new Float32Array(buffer, outPtr, D);
  for (let b = 0; b < batch; b++) {
    f32.set(kData.subarray(b * k.sB, b * k.sB + kvExtent), kPtr / 4);
    f32.set(vData.subarray(b * v.sB, b * v.sB + vExtent), vPtr / 4);
    for (let h = 0; h < heads; h++) {
      const hk = Math.floor(h / reps);
      for (let s = 0; s < seq; s++) {
        const qb = b * q.sB + s * q.sS + h * q.sH;
        f32.set(qData.subarray(qb, qb + D), qPtr / 4);
        const n = causal ? Math.min(startPos + s + 1, kvLen) : kvLen;
        wasm.attend(
          qPtr,
          kPtr + hk * k.sH * 4,
          vPtr + hk * v.sH * 4,
          k.sS,
          D,
          n,
          scale,
          mask === null ? 0 : maskPtr + s * maskStride * 4,
          scoresPtr,
          outPtr,
        );
        const ob = b * out.sB + s * out.sS + h * out.sH;
        for (let i = 0; i < D; i++) store(ob + i, outRow[i] as number);
      }
    }
  }
  return true;
}

/** Rows of a quantized embedding table to gather and dequantize. */
export interface EmbeddingRows {
  readonly bits: 8 | 4;
  /** Raw codes of the whole table (rows of `packed` bytes). */
  readonly weight: Uint8Array | Int8Array;
  readonly packed: number;
  readonly dim: number;
  readonly groups: number;
  /** Scales and zero points as float32 values, `groups` per table row. */
  readonly scales: ArrayLike<number>;
  readonly zps: ArrayLike<number> | null;
  /** Table rows to gather. */
  readonly rows: ArrayLike<number>;
}

/**
 * Dequantized gathered rows (`rows.length * dim` float32 values), computed in WebAssembly SIMD; null
 * when the module's memory cannot grow to hold them.
 */
export function embeddingWasm(wasm: Exports, e: EmbeddingRows): Float32Array | null {
  const n = e.rows.length;
  const layout = new Layout(wasm);
  const wPtr = layout.take(n * e.packed);
  const sPtr = layout.take(n * e.groups * 4);
  const zPtr = e.zps === null ? 0 : layout.take(n * e.groups * 4);
  const oPtr = layout.take(n * e.dim * 4);
  const buffer = layout.commit(wasm.memory);
  if (buffer === null) return null;
  const u8 = new Uint8Array(buffer);
  const f32 = new Float32Array(buffer);
  const src = new Uint8Array(e.weight.buffer, e.weight.byteOffset, e.weight.byteLength);
  for (let i = 0; i < n; i++) {
    const r = e.rows[i] as number;
    u8.set(src.subarray(r * e.packed, (r + 1) * e.packed), wPtr + i * e.packed);
    for (let g = 0; g < e.groups; g++) {
      f32[sPtr / 4 + i * e.groups + g] = e.scales[r * e.groups + g] as number;
      if (e.zps !== null) f32[zPtr / 4 + i * e.groups + g] = e.zps[r * e.groups + g] as number;
    }
  }
  if (e.bits === 8) {
    wasm.dequant_byte(wPtr, e.weight instanceof Int8Array ? 1 : 0, n, e.dim, e.groups, sPtr, zPtr, oPtr);
  } else {
    wasm.dequant_4bit(wPtr, n, e.dim, e.groups, sPtr, zPtr, oPtr);
  }
  return new Float32Array(buffer.slice(oPtr, oPtr + n * e.dim * 4));
}
