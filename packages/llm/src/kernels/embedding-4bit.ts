import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { runQuantizedEmbedding } from './quantized-embedding.js';
import { FLOATS } from './util.js';

const OP = 'quantized_decomposed::embedding_4bit.out';
const OP_DTYPE = 'quantized_decomposed::embedding_4bit.dtype_out';
const DTYPES = [ScalarType.Byte, ScalarType.Int, ScalarType.Long, ...FLOATS];

/**
 * `quantized_decomposed::embedding_4bit.out(Tensor weight, Tensor weight_scales, Tensor? weight_zero_points,
 * int weight_quant_min, int weight_quant_max, Tensor indices, *, Tensor(a!) out)`: rows of a 4-bit
 * quantized table (two codes per byte, high nibble first, stored as code + 8), dequantized: `(w - zero_point) * scale`.
 */
export const embedding4bit = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: DTYPES,
  run(_ctx, args: EValue[]) {
    runQuantizedEmbedding(OP, 4, args, false);
  },
});

/** `embedding_4bit.dtype_out(..., Tensor indices, ScalarType? dtype=None, *, Tensor(a!) out)`: the output's dtype may differ from the scales'. */
export const embedding4bitDtype = /* @__PURE__ */ defineKernel({
  op: OP_DTYPE,
  dtypes: DTYPES,
  run(_ctx, args: EValue[]) {
    runQuantizedEmbedding(OP_DTYPE, 4, args, true);
  },
});
