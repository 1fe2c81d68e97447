import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { runSdpa } from './sdpa.js';
import { boolArg, doubleArg, expectArgs, fail, intArg, optDoubleArg, optTensorArg, tensorArg } from './util.js';

const OP = 'llama::custom_quantized_sdpa.out';

/**
 * `llama::custom_quantized_sdpa.out(Tensor query, Tensor key, Tensor value, SymInt start_pos,
 * Tensor? attn_mask=None, float drpout_p=0.0, bool is_causal=False, float? scale=None,
 * Tensor? q_zero_point=None, Tensor? q_scale=None, Tensor? k_zero_point=None, Tensor? k_scale=None,
 * Tensor? v_zero_point=None, Tensor? v_scale=None, bool is_seq_at_dim_2=False, *, Tensor(a!) out)`:
 * custom_sdpa on int8 q/k/v quantized per token (row value = (code - zero_point) * scale, int8 zero
 * points and float32 scales shaped like the operand with a last dimension of 1); float32 output.
 */
export const customQuantizedSdpa = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: [ScalarType.Char, ScalarType.Float],
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 16);
    const params = [8, 9, 10, 11, 12, 13].map((i) => optTensorArg(OP, args, i));
    const [qZero, qScale, kZero, kScale, vZero, vScale] = params;
    if (!qZero || !qScale || !kZero || !kScale || !vZero || !vScale) {
      fail(OP, 'the zero points and scales of query, key and value must all be given');
    }
    runSdpa(OP, {
      q: tensorArg(OP, args, 0),
      k: tensorArg(OP, args, 1),
      v: tensorArg(OP, args, 2),
      startPos: intArg(OP, args, 3),
      mask: optTensorArg(OP, args, 4),
      dropout: doubleArg(OP, args, 5),
      causal: boolArg(OP, args, 6),
      scale: optDoubleArg(OP, args, 7),
      out: tensorArg(OP, args, 15),
      quant: { qZero, qScale, kZero, kScale, vZero, vScale },
      seqAtDim2: boolArg(OP, args, 14),
    });
  },
});
