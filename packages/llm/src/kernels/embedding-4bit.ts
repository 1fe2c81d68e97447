import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { quantizedEmbedding } from './quantized-embedding.js';
import { dtypeArg, expectArgs, FLOATS, intArg, optTensorArg, tensorArg } from './util.js';

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
    expectArgs(OP, args, 7);
    quantizedEmbedding(OP, 4, {
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

/** `embedding_4bit.dtype_out(..., Tensor indices, ScalarType? dtype=None, *, Tensor(a!) out)`: the output's dtype may differ from the scales'. */
export const embedding4bitDtype = /* @__PURE__ */ defineKernel({
  op: OP_DTYPE,
  dtypes: DTYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP_DTYPE, args, 8);
    quantizedEmbedding(OP_DTYPE, 4, {
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
