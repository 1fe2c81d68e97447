// Shared by quantized_decomposed::embedding_byte and embedding_4bit (ExecuTorch's op_embedding.cpp
// and embeddingxb.cpp): out[..., j] = (w[index, j] - zero_point[index, g]) * scale[index, g] with
// g = j / group_size, computed in float32 and cast to the output dtype.
import { dtypeName, type EValue, ScalarType, type Tensor } from '@kindling/core';
import {
  dtypeArg,
  expectArgs,
  FLOATS,
  fail,
  floatStore,
  indexValues,
  intArg,
  numbers,
  optTensorArg,
  requireContiguous,
  requireDtype,
  resizeOut,
  tensorArg,
} from './util.js';
import { type EmbeddingRows, embeddingWasm, llmWasm } from './wasm.js';

interface QuantizedEmbeddingArgs {
  readonly weight: Tensor;
  readonly scales: Tensor;
  readonly zeroPoints: Tensor | null;
  readonly quantMin: number;
  readonly quantMax: number;
  readonly indices: Tensor;
  /** The `dtype` argument of `.dtype_out` (null when None); undefined for `.out`. */
  readonly dtype: ScalarType | null | undefined;
  readonly out: Tensor;
}

/** Bits per weight: 8 (one code per int8/uint8 byte) or 4 (two per uint8 byte, high nibble first, minus 8). */
export type EmbeddingBits = 8 | 4;

/**
 * Runs `embedding_byte` / `embedding_4bit` on a kernel call's arguments: `.out` (7 arguments:
 * weight, scales, zero points?, quant min, quant max, indices, out) or, with `withDtype`,
 * `.dtype_out` (8: the same with the output dtype before `out`).
 */
export function runQuantizedEmbedding(op: string, bits: EmbeddingBits, args: EValue[], withDtype: boolean): void {
  expectArgs(op, args, withDtype ? 8 : 7);
  quantizedEmbedding(op, bits, {
    weight: tensorArg(op, args, 0),
    scales: tensorArg(op, args, 1),
    zeroPoints: optTensorArg(op, args, 2),
    quantMin: intArg(op, args, 3),
    quantMax: intArg(op, args, 4),
    indices: tensorArg(op, args, 5),
    dtype: withDtype ? dtypeArg(op, args, 6, true) : undefined,
    out: tensorArg(op, args, withDtype ? 7 : 6),
  });
}

function quantizedEmbedding(op: string, bits: EmbeddingBits, a: QuantizedEmbeddingArgs): void {
  const { weight, scales, zeroPoints: zps, indices, out } = a;
  if (weight.rank !== 2) fail(op, `weight must be 2-D, got sizes [${weight.sizes.join(', ')}]`);
  requireDtype(op, weight, bits === 8 ? [ScalarType.Byte, ScalarType.Char] : [ScalarType.Byte], 'weight');
  requireContiguous(op, weight, 'weight');
  const [vocab, packed] = weight.sizes as [number, number];
  const dim = bits === 8 ? packed : packed * 2;
  if (scales.rank !== 1 && scales.rank !== 2) fail(op, `weight_scales must be 1-D or 2-D, got rank ${scales.rank}`);
  if (scales.sizes[0] !== vocab)
    fail(op, `weight_scales must have ${vocab} rows (one per embedding), got ${scales.sizes[0]}`);
  const groups = scales.rank === 2 ? (scales.sizes[1] as number) : 1;
  if (groups === 0 || dim % groups !== 0) fail(op, `${groups} groups do not divide the embedding size ${dim}`);
  requireDtype(op, scales, FLOATS, 'weight_scales');
  requireContiguous(op, scales, 'weight_scales');
  requireDtype(op, out, FLOATS, 'output');
  requireContiguous(op, out, 'output');
  requireContiguous(op, indices, 'indices');
  // `.out` reads the scales and zero points as the output's dtype; `.dtype_out` as the scales' dtype.
  if (a.dtype === undefined && scales.dtype !== out.dtype) {
    fail(op, `weight_scales (${dtypeName(scales.dtype)}) must have the output's dtype (${dtypeName(out.dtype)})`);
  }
  if (zps !== null) {
    if (zps.rank !== scales.rank || zps.sizes.some((s, i) => s !== scales.sizes[i])) {
      fail(
        op,
        `weight_zero_points [${zps.sizes.join(', ')}] must have the sizes of weight_scales [${scales.sizes.join(', ')}]`,
      );
    }
    if (zps.dtype !== out.dtype || zps.dtype !== scales.dtype) {
      fail(op, `weight_zero_points (${dtypeName(zps.dtype)}) must have the dtype of weight_scales and the output`);
    }
    requireContiguous(op, zps, 'weight_zero_points');
  }
  if (a.quantMin > a.quantMax)
    fail(op, `weight_quant_min ${a.quantMin} is greater than weight_quant_max ${a.quantMax}`);
  if (a.dtype !== undefined && a.dtype !== null && a.dtype !== out.dtype) {
    fail(op, `dtype ${dtypeName(a.dtype)} does not match the output's dtype ${dtypeName(out.dtype)}`);
  }
  if (bits === 8 && indices.dtype !== ScalarType.Long)
    fail(op, `indices must be int64, got ${dtypeName(indices.dtype)}`);
  const idx = indexValues(op, indices, vocab, 'embeddings');
  resizeOut(op, out, [...indices.sizes, dim]);
  const rows: EmbeddingRows = {
    bits,
    weight: weight.data as Uint8Array | Int8Array,
    packed,
    dim,
    groups,
    scales: numbers(op, scales),
    zps: zps === null ? null : numbers(op, zps),
    rows: idx,
  };
  const wasm = llmWasm();
  const values = (wasm === null ? null : embeddingWasm(wasm, rows)) ?? dequantRows(rows);
  if (out.dtype === ScalarType.Float) (out.data as Float32Array).set(values);
  else {
    const store = floatStore(op, out);
    for (let i = 0; i < values.length; i++) store(i, values[i] as number);
  }
}

/** The gathered rows dequantized in TypeScript (float32 arithmetic, as ExecuTorch's kernels). */
export function dequantRows(e: EmbeddingRows): Float32Array {
  const { weight: w, packed, dim, groups, scales: sc, zps: zp } = e;
  const res = new Float32Array(e.rows.length * dim);
  const groupSize = dim / groups;
  for (let i = 0; i < e.rows.length; i++) {
    const row = e.rows[i] as number;
    const pBase = row * groups;
    const wBase = row * packed;
    const oBase = i * dim;
    for (let j = 0; j < dim; j++) {
      const g = pBase + Math.floor(j / groupSize);
      let code: number;
      if (e.bits === 8) code = w[wBase + j] as number;
      else {
        const byte = w[wBase + (j >> 1)] as number;
        code = ((j & 1) === 0 ? byte >> 4 : byte & 0x0f) - 8;
      }
      const z = zp === null ? 0 : (zp[g] as number);
      res[oBase + j] = Math.fround(Math.fround(code - z) * (sc[g] as number));
    }
  }
  return res;
}
