// Argument checks and dispatch shared by llama::custom_sdpa, custom_quantized_sdpa and
// sdpa_with_kv_cache, following ExecuTorch's op_sdpa.cpp: q/k/v are 4-D and contiguous, laid out
// [batch, seq, heads, head_dim] (or [batch, heads, seq, head_dim] when the sequence is at dim 2);
// without a mask the keys considered are 0..startPos+seqLen-1, with one (float [seq, kv_len], not
// together with is_causal) every key of the cache is.
import { dtypeName, ScalarType, type Tensor } from '@kindling/core';
import { type AttentionShape, attention, type Operand } from './attention.js';
import {
  FLOATS,
  fail,
  floatStore,
  numbers,
  requireContiguous,
  requireDtype,
  requireRank,
  resizeOut,
  roundTo,
} from './util.js';
import { attentionWasm, llmWasm } from './wasm.js';

/** Per-token quantization parameters of q, k and v (int8 zero points, float32 scales). */
interface SdpaQuant {
  readonly qZero: Tensor;
  readonly qScale: Tensor;
  readonly kZero: Tensor;
  readonly kScale: Tensor;
  readonly vZero: Tensor;
  readonly vScale: Tensor;
}

export interface SdpaArgs {
  readonly q: Tensor;
  readonly k: Tensor;
  readonly v: Tensor;
  readonly startPos: number;
  readonly mask: Tensor | null;
  readonly dropout: number;
  readonly causal: boolean;
  readonly scale: number | null;
  readonly out: Tensor;
  readonly quant: SdpaQuant | null;
  readonly seqAtDim2: boolean;
}

interface Dims {
  b: number;
  s: number;
  h: number;
}

/** Index of the batch, sequence and head dimensions of a 4-D operand. */
function dimsOf(seqAtDim2: boolean): Dims {
  return seqAtDim2 ? { b: 0, s: 2, h: 1 } : { b: 0, s: 1, h: 2 };
}

function operand(op: string, t: Tensor, dims: Dims, zero: Tensor | null, scale: Tensor | null, what: string): Operand {
  const st = t.strides;
  const base = { data: numbers(op, t), sB: st[dims.b] as number, sS: st[dims.s] as number, sH: st[dims.h] as number };
  if (zero === null || scale === null) return base;
  requireRank(op, zero, 4, `${what} zero points`);
  requireRank(op, scale, 4, `${what} scales`);
  requireDtype(op, zero, [ScalarType.Char], `${what} zero points`);
  requireDtype(op, scale, [ScalarType.Float], `${what} scales`);
  for (let i = 0; i < 3; i++) {
    if (zero.sizes[i] !== t.sizes[i] || scale.sizes[i] !== t.sizes[i]) {
      fail(
        op,
        `${what} zero points [${zero.sizes.join(', ')}] and scales [${scale.sizes.join(', ')}] must match ` +
          `${what} [${t.sizes.join(', ')}] except in the last dimension`,
      );
    }
  }
  if (zero.sizes[3] === 0 || scale.sizes[3] === 0) fail(op, `${what} zero points and scales must not be empty`);
  const zs = zero.strides;
  const ss = scale.strides;
  if (zs[0] !== ss[0] || zs[1] !== ss[1] || zs[2] !== ss[2]) {
    fail(op, `${what} zero points and scales must have the same layout`);
  }
  return {
    ...base,
    quant: {
      zp: zero.data as Int8Array,
      scale: scale.data as Float32Array,
      pB: zs[dims.b] as number,
      pS: zs[dims.s] as number,
      pH: zs[dims.h] as number,
    },
  };
}

/** Check the arguments as ExecuTorch does, resize the output to q's sizes and compute attention. */
export function runSdpa(op: string, a: SdpaArgs): void {
  const { q, k, v, mask, out, quant } = a;
  if (mask !== null && a.causal) fail(op, 'attn_mask and is_causal cannot be set at the same time');
  if (a.dropout !== 0) fail(op, `dropout_p must be 0 for inference, got ${a.dropout}`);
  requireRank(op, q, 4, 'query');
  requireRank(op, k, 4, 'key');
  requireRank(op, v, 4, 'value');
  requireContiguous(op, q, 'query');
  requireContiguous(op, k, 'key');
  requireContiguous(op, v, 'value');
  if (k.dtype !== q.dtype || v.dtype !== q.dtype) {
    fail(
      op,
      `key (${dtypeName(k.dtype)}) and value (${dtypeName(v.dtype)}) must have the query's ` +
        `dtype (${dtypeName(q.dtype)})`,
    );
  }
  if (quant === null) requireDtype(op, q, FLOATS, 'query');
  else requireDtype(op, q, [ScalarType.Char], 'quantized query');
  requireDtype(op, out, quant === null ? [q.dtype] : [ScalarType.Float], 'output');
  const dims = dimsOf(a.seqAtDim2);
  const headDim = q.sizes[3] as number;
  if (k.sizes[3] !== headDim || v.sizes[3] !== headDim) {
    fail(op, `query, key and value must have the same head size, got ${headDim}, ${k.sizes[3]}, ${v.sizes[3]}`);
  }
  const batch = q.sizes[dims.b] as number;
  const seq = q.sizes[dims.s] as number;
  const heads = q.sizes[dims.h] as number;
  const kvHeads = k.sizes[dims.h] as number;
  const cacheLen = v.sizes[dims.s] as number;
  if (k.sizes[dims.b] !== batch || v.sizes[dims.b] !== batch) {
    fail(
      op,
      `query, key and value must have the same batch size, got ${batch}, ${k.sizes[dims.b]}, ${v.sizes[dims.b]}`,
    );
  }
  if (v.sizes[dims.h] !== kvHeads || k.sizes[dims.s] !== cacheLen) {
    fail(op, `key [${k.sizes.join(', ')}] and value [${v.sizes.join(', ')}] must have the same sizes`);
  }
  if (kvHeads === 0 || heads % kvHeads !== 0) {
    fail(op, `the number of query heads (${heads}) must be a multiple of the number of key/value heads (${kvHeads})`);
  }
  if (!Number.isSafeInteger(a.startPos) || a.startPos < 0) fail(op, `start_pos must be >= 0, got ${a.startPos}`);
  let kvLen = cacheLen;
  let maskData: ArrayLike<number> | null = null;
  if (mask !== null) {
    requireRank(op, mask, 2, 'attn_mask');
    requireDtype(op, mask, [ScalarType.Float], 'attn_mask');
    requireContiguous(op, mask, 'attn_mask');
    if (mask.sizes[0] !== seq || mask.sizes[1] !== cacheLen) {
      fail(op, `attn_mask must be [${seq}, ${cacheLen}] (query length, key length), got [${mask.sizes.join(', ')}]`);
    }
    maskData = mask.data as Float32Array;
  } else {
    kvLen = a.startPos + seq;
    if (kvLen > cacheLen) {
      fail(op, `start_pos (${a.startPos}) + query length (${seq}) exceeds the key/value length (${cacheLen})`, {
        startPos: a.startPos,
        seqLen: seq,
        cacheLen,
      });
    }
  }
  resizeOut(op, out, q.sizes);
  const scale = Math.fround(a.scale ?? 1 / Math.sqrt(headDim));
  const os = out.strides;
  const reduced = quant === null && q.dtype !== ScalarType.Float;
  const shape: AttentionShape = {
    batch,
    seq,
    heads,
    kvHeads,
    headDim,
    kvLen,
    startPos: a.startPos,
    causal: a.causal,
    scale,
    mask: maskData,
    maskStride: cacheLen,
    roundWeights: reduced ? roundTo(q.dtype) : null,
  };
  const qo = operand(op, q, dims, quant?.qZero ?? null, quant?.qScale ?? null, 'query');
  const ko = operand(op, k, dims, quant?.kZero ?? null, quant?.kScale ?? null, 'key');
  const vo = operand(op, v, dims, quant?.vZero ?? null, quant?.vScale ?? null, 'value');
  const outStrides = { sB: os[dims.b] as number, sS: os[dims.s] as number, sH: os[dims.h] as number };
  const wasm = quant === null && q.dtype === ScalarType.Float ? llmWasm() : null;
  const store = floatStore(op, out);
  if (wasm === null || !attentionWasm(wasm, qo, ko, vo, shape, outStrides, store)) {
    attention(qo, ko, vo, shape, outStrides, store);
  }
}
