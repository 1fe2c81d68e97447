import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { runQuantizedEmbedding } from './quantized-embedding.js';
import { FLOATS } from './util.js';

const OP = 'quantized_decomposed::embedding_byte.out';
const OP_DTYPE = 'quantized_decomposed::embedding_byte.dtype_out';
const DTYPES = [ScalarType.Byte, ScalarType.Char, ScalarType.Long, ...FLOATS];

/**
 * `quantized_decomposed::embedding_byte.out(Tensor weight, Tensor weight_scales, Tensor? weight_zero_points,
 * int weight_quant_min, int weight_quant_max, Tensor indices, *, Tensor(a!) out)`: rows of an 8-bit
 * quantized table (per row or per group of columns), dequantized: `(w - zero_point) * scale`.
 */
export const embeddingByte = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: DTYPES,
  run(_ctx, args: EValue[]) {
    runQuantizedEmbedding(OP, 8, args, false);
  },
});

/** `embedding_byte.dtype_out(..., Tensor indices, *, ScalarType? dtype=None, Tensor(a!) out)`: the output's dtype may differ from the scales'. */
export const embeddingByteDtype = /* @__PURE__ */ defineKernel({
  op: OP_DTYPE,
  dtypes: DTYPES,
  run(_ctx, args: EValue[]) {
    runQuantizedEmbedding(OP_DTYPE, 8, args, true);
  },
});
