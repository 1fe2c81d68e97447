import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { quantizedEmbedding } from './quantized-embedding.js';
import { dtypeArg, expectArgs, FLOATS, intArg, optTensorArg, tensorArg } from './util.js';

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
    expectArgs(OP, args, 7);
    quantizedEmbedding(OP, 8, {
      weight: tensorArg(OP, args, 0),
      scales: tensorArg(OP, args, 1),
      zeroPoints: optTensorArg(OP, args, 2),
      quantMin: intArg(OP, args, 3),
      quantMax: intArg(OP, args, 4),
      indices: tensorArg(OP, args, 5),
      dtype: undefined,
      out: tensorArg(OP, args, 6),
    });
  },
});

/** `embedding_byte.dtype_out(..., Tensor indices, *, ScalarType? dtype=None, Tensor(a!) out)`: the output's dtype may differ from the scales'. */
export const embeddingByteDtype = /* @__PURE__ */ defineKernel({
  op: OP_DTYPE,
  dtypes: DTYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP_DTYPE, args, 8);
    quantizedEmbedding(OP_DTYPE, 8, {
      weight: tensorArg(OP_DTYPE, args, 0),
      scales: tensorArg(OP_DTYPE, args, 1),
      zeroPoints: optTensorArg(OP_DTYPE, args, 2),
      quantMin: intArg(OP_DTYPE, args, 3),
      quantMax: intArg(OP_DTYPE, args, 4),
      indices: tensorArg(OP_DTYPE, args, 5),
      dtype: dtypeArg(OP_DTYPE, args, 6, true),
      out: tensorArg(OP_DTYPE, args, 7),
    });
  },
});
